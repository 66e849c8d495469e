//! A training record survives its trip through CSV, the book's records are written again byte
//! for byte, a broken one is a clear error, and a run made again can be held against it.

use support::History;

#[test]
fn history_round_trips_through_csv() {
    let history = History {
        train_loss_list: vec![2.3, 1.25, 0.5],
        train_acc_list: vec![0.1, 0.9],
        test_acc_list: vec![0.125, 0.875],
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.csv");
    history.save_csv(&path).unwrap();
    assert_eq!(History::load_csv(&path).unwrap(), history);
    std::fs::write(&path, "iteration,loss\n0,abc\n").unwrap();
    let err = format!("{:#}", History::load_csv(&path).unwrap_err());
    assert!(
        err.ends_with("line 2: \"abc\" is not a number: invalid float literal"),
        "{err}"
    );
}

#[test]
fn a_run_retraces_its_record_until_a_loss_or_the_first_accuracies_part() {
    let recorded = History {
        train_loss_list: vec![2.3, 2.2, 2.0],
        train_acc_list: vec![0.1, 0.8],
        test_acc_list: vec![0.11, 0.79],
    };
    // A run as long as the first two steps, its last digits a little off.
    let mut now = History {
        train_loss_list: vec![2.3, 2.2 * (1.0 + 1e-12)],
        train_acc_list: vec![0.1],
        test_acc_list: vec![0.11],
    };
    assert_eq!(now.retraces(&recorded, 1e-9), Ok(()));
    now.train_loss_list[1] = 2.2001;
    assert_eq!(
        now.retraces(&recorded, 1e-9).unwrap_err(),
        "step 1: loss 2.2001, but the recorded run had 2.2: the same start and the same \
         mini-batches should give the same losses"
    );
    now.train_loss_list[1] = 2.2;
    now.test_acc_list[0] = 0.12;
    assert_eq!(
        now.retraces(&recorded, 1e-9).unwrap_err(),
        "accuracies before training (0.1, 0.12), but the recorded run had (0.1, 0.11)"
    );
}

#[test]
fn a_committed_record_is_written_again_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let records = [
        ("ch04", "training.csv"),
        ("ch04", "numerical-training.csv"),
        ("ch04", "overfitting.csv"),
        ("ch05", "training.csv"),
    ];
    for (chapter, file) in records {
        let committed = support::paths::book_dir(chapter).join(file);
        let copy = dir.path().join(format!("{chapter}-{file}"));
        History::load_csv(&committed)
            .unwrap()
            .save_csv(&copy)
            .unwrap();
        assert_eq!(
            std::fs::read(&copy).unwrap(),
            std::fs::read(&committed).unwrap(),
            "{chapter}/{file}"
        );
    }
}
