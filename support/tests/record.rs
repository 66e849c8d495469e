//! A training record survives its trip through CSV, and a broken one is a clear error.

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
