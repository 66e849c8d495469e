// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: man
/// §1.4.2: the book's first class, `Man`. A Rust struct holds the data; `impl` holds the
/// methods. The book prints `Initilized!` (sic): we keep its spelling so the output matches.
pub struct Man {
    name: String,
}

impl Man {
    pub fn new(name: &str) -> Man {
        println!("Initilized!");
        Man {
            name: name.to_string(),
        }
    }

    pub fn hello(&self) {
        println!("Hello {}!", self.name);
    }

    pub fn goodbye(&self) {
        println!("Good-bye {}!", self.name);
    }
}
// ANCHOR_END: man
