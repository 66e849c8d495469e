//! §5.4: the shopping examples print exactly what the book prints.

use ch05::graph::{buy_apple, buy_apple_orange};

#[test]
fn buying_apples() {
    let apple = buy_apple();
    assert_eq!(
        apple.report(),
        "price: 220\ndApple: 2.2\ndApple_num: 110\ndTax: 200\n"
    );
    // The float noise behind the book's int(): 220.00000000000003 and 110.00000000000001.
    assert_eq!(apple.price, 220.00000000000003);
    assert_eq!(apple.dapple_num, 110.00000000000001);
}

#[test]
fn buying_apples_and_oranges() {
    assert_eq!(
        buy_apple_orange().report(),
        "price: 715\ndApple: 2.2\ndApple_num: 110\ndOrange: 3.3000000000000003\ndOrange_num: 165\ndTax: 650\n"
    );
}
