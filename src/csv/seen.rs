//! First-seen rows of email and userName keys, for the duplicate rules.
//!
//! Hand-written rather than a `HashMap` because this is the one structure
//! that grows with the file and is probed once per row: an open-addressing
//! table of 16-byte slots `(key, first email row, first userName row)` costs
//! one cache miss per probe, where a SwissTable costs two (control bytes and
//! slot). Keys are already 64-bit hashes, so the slot index is taken from
//! their high bits directly.

pub struct Seen {
    /// `[key, rows]` with rows = email row (low 32 bits) | userName row (high 32 bits); key 0 = empty.
    slots: Vec<[u64; 2]>,
    len: usize,
    shift: u32,
}

impl Default for Seen {
    fn default() -> Self {
        Self::new()
    }
}

impl Seen {
    pub fn new() -> Self {
        Self::with_capacity(0)
    }

    /// Room for `n` keys without growing (growing re-inserts every key, a
    /// cache miss each).
    pub fn with_capacity(n: usize) -> Self {
        let bits = (n.saturating_mul(4) / 3 + 1)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(10, 30);
        Self {
            slots: vec![[0, 0]; 1 << bits],
            len: 0,
            shift: 64 - bits,
        }
    }

    /// Record `row` for `slot` (0 = email, 1 = userName) under `key`; returns
    /// the earlier row if the key was already seen in that slot.
    pub fn first_or_insert(&mut self, key: u64, slot: usize, row: u32) -> Option<u32> {
        let key = key.max(1);
        // Linear probing stays short up to a 3/4 load; slots are 16 bytes, so
        // a probe sequence mostly stays within one or two cache lines.
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = (key >> self.shift) as usize;
        loop {
            let s = &mut self.slots[i];
            if s[0] == key {
                let shift = 32 * slot as u32;
                let old = ((s[1] >> shift) & 0xFFFF_FFFF) as u32;
                if old != 0 {
                    return Some(old);
                }
                s[1] |= (row as u64) << shift;
                return None;
            }
            if s[0] == 0 {
                s[0] = key;
                s[1] = (row as u64) << (32 * slot as u32);
                self.len += 1;
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        let cap = old.len() * 2;
        self.slots = vec![[0, 0]; cap];
        self.shift -= 1;
        let mask = cap - 1;
        for s in old.into_iter().filter(|s| s[0] != 0) {
            let mut i = (s[0] >> self.shift) as usize;
            while self.slots[i][0] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_row_wins_per_slot_and_growth_keeps_entries() {
        let mut s = Seen::new();
        for k in 0..10_000u64 {
            let key = k.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            assert_eq!(s.first_or_insert(key, 0, k as u32 + 2), None);
        }
        for k in 0..10_000u64 {
            let key = k.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            assert_eq!(s.first_or_insert(key, 0, 99), Some(k as u32 + 2));
            assert_eq!(s.first_or_insert(key, 1, 7), None);
            assert_eq!(s.first_or_insert(key, 1, 8), Some(7));
        }
        let mut z = Seen::new();
        assert_eq!(z.first_or_insert(0, 0, 5), None);
        assert_eq!(z.first_or_insert(0, 0, 6), Some(5));
    }
}
