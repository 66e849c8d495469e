//! A queue between two threads for messages that must arrive within microseconds.
//!
//! A training step takes a fraction of a millisecond and the two cores exchange messages
//! twice in it. Putting a waiting thread to sleep and waking it costs about as much as the
//! work, so a receiver first watches the queue for a short while (spinning) and only then
//! sleeps, to be woken by the next message.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::{self, Thread};
use std::time::{Duration, Instant};

/// How long a receiver spins before it sleeps.
const SPIN: Duration = Duration::from_micros(200);

/// A first-in, first-out queue of messages from one thread to another. Any thread may send;
/// one thread at a time should receive (a second receiver gets messages too, but may be
/// woken late).
pub struct Mailbox<T> {
    queue: Mutex<VecDeque<T>>,
    /// The queue's length, readable without the lock while spinning.
    queued: AtomicUsize,
    /// The receiver, once it has gone to sleep.
    sleeper: Mutex<Option<Thread>>,
}

impl<T> Default for Mailbox<T> {
    fn default() -> Self {
        Mailbox {
            queue: Mutex::new(VecDeque::new()),
            queued: AtomicUsize::new(0),
            sleeper: Mutex::new(None),
        }
    }
}

impl<T> Mailbox<T> {
    pub fn send(&self, message: T) {
        lock(&self.queue).push_back(message);
        self.queued.fetch_add(1, Ordering::Release);
        if let Some(sleeper) = lock(&self.sleeper).as_ref() {
            sleeper.unpark();
        }
    }

    /// The next message, waiting for it if there is none yet.
    pub fn recv(&self) -> T {
        let start = Instant::now();
        let mut spins = 0_u32;
        loop {
            if self.queued.load(Ordering::Acquire) > 0
                && let Some(message) = lock(&self.queue).pop_front()
            {
                self.queued.fetch_sub(1, Ordering::AcqRel);
                *lock(&self.sleeper) = None;
                return message;
            }
            spins = spins.wrapping_add(1);
            if !spins.is_multiple_of(64) || start.elapsed() < SPIN {
                std::hint::spin_loop();
            } else {
                *lock(&self.sleeper) = Some(thread::current());
                if self.queued.load(Ordering::Acquire) == 0 {
                    // A sender that looks at `sleeper` after we registered there unparks us;
                    // one that looked before had already counted its message, which this
                    // check sees. The timeout only guards against the unexpected.
                    thread::park_timeout(Duration::from_millis(100));
                }
            }
        }
    }
}

/// Locks `mutex`. A thread that panicked while holding it leaves a queue that is still
/// consistent (every operation on it is a single push or pop), so poisoning is ignored.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn messages_arrive_in_order_across_threads() {
        let mailbox = Arc::new(Mailbox::default());
        let sender = {
            let mailbox = Arc::clone(&mailbox);
            thread::spawn(move || {
                for i in 0..1000 {
                    mailbox.send(i);
                }
            })
        };
        let received: Vec<i32> = (0..1000).map(|_| mailbox.recv()).collect();
        sender.join().unwrap();
        assert_eq!(received, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn a_sleeping_receiver_is_woken_at_once() {
        let mailbox = Arc::new(Mailbox::default());
        let receiver = {
            let mailbox = Arc::clone(&mailbox);
            thread::spawn(move || (mailbox.recv(), Instant::now()))
        };
        thread::sleep(SPIN * 5);
        let sent = Instant::now();
        mailbox.send("late");
        let (message, received) = receiver.join().unwrap();
        assert_eq!(message, "late");
        // Woken by the sender, not by the 100 ms timeout that guards against a lost wake-up.
        assert!(
            received - sent < Duration::from_millis(50),
            "{:?}",
            received - sent
        );
    }

    #[test]
    fn two_receivers_share_the_messages_without_losing_any() {
        let mailbox = Arc::new(Mailbox::default());
        let receivers: Vec<_> = (0..2)
            .map(|_| {
                let mailbox = Arc::clone(&mailbox);
                thread::spawn(move || (0..500).map(|_| mailbox.recv()).collect::<Vec<i32>>())
            })
            .collect();
        for i in 0..1000 {
            mailbox.send(i);
        }
        let mut received: Vec<i32> = receivers
            .into_iter()
            .flat_map(|r| r.join().unwrap())
            .collect();
        received.sort();
        assert_eq!(received, (0..1000).collect::<Vec<_>>());
    }
}
