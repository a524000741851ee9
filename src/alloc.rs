//! The global allocator of the binary, its benchmarks and examples:
//! mimalloc, called for the plain `malloc` path whenever the alignment asked
//! for is one that `mi_malloc` guarantees anyway.
//!
//! Extraction makes many small short-lived allocations (a sentence's tokens,
//! mentions and groups, evidence), often freed on another thread than the
//! one that made them; mimalloc spends about a quarter less CPU on a build
//! than the system allocator (see docs/performance.md). The `mimalloc`
//! crate's allocator calls `mi_malloc_aligned` for every allocation, which
//! costs about twice as many instructions as `mi_malloc` on the fast path;
//! almost every allocation here asks for an alignment of 8 or less.

use libmimalloc_sys as ffi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// What `mi_malloc` aligns every block to (`MI_MAX_ALIGN_SIZE` on 64-bit
/// targets: 16 bytes).
const MALLOC_ALIGN: usize = 16;

/// mimalloc as the global allocator: `#[global_allocator] static A:
/// geokg::alloc::Mimalloc = geokg::alloc::Mimalloc;`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mimalloc;

/// Whether a block of `layout` may come from the plain (unaligned) calls:
/// its alignment is at most the one they guarantee and no larger than its
/// size (mimalloc's own rule for small blocks).
#[inline]
fn plain(layout: &Layout) -> bool {
    layout.align() <= MALLOC_ALIGN && layout.align() <= layout.size()
}

// SAFETY: every block is allocated and freed by mimalloc, which is
// thread-safe; the plain calls are used only for alignments that
// `mi_malloc` guarantees (see `plain`), the aligned ones otherwise, and
// `mi_free` frees blocks of either kind.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: FFI calls with a size and a power-of-two alignment
        unsafe {
            if plain(&layout) {
                ffi::mi_malloc(layout.size()).cast()
            } else {
                ffi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`
        unsafe {
            if plain(&layout) {
                ffi::mi_zalloc(layout.size()).cast()
            } else {
                ffi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (the caller's contract)
        unsafe { ffi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout` (the
        // caller's contract); the new block keeps the alignment
        unsafe {
            if layout.align() <= MALLOC_ALIGN && layout.align() <= new_size {
                ffi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                ffi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_their_alignment_and_contents() {
        let a = Mimalloc;
        for (size, align) in [
            (1, 1),
            (8, 8),
            (24, 8),
            (3, 4),
            (64, 64),
            (100, 32),
            (4096, 4096),
        ] {
            let layout = Layout::from_size_align(size, align).expect("layout");
            // SAFETY: a non-zero size; the block is written within bounds and freed once
            unsafe {
                let p = a.alloc(layout);
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0, "{size} {align}");
                p.write_bytes(0xAB, size);
                let q = a.realloc(p, layout, size * 3);
                assert!(!q.is_null());
                assert_eq!(q as usize % align, 0, "realloc {size} {align}");
                assert!((0..size).all(|k| *q.add(k) == 0xAB));
                a.dealloc(q, Layout::from_size_align(size * 3, align).expect("layout"));
                let z = a.alloc_zeroed(layout);
                assert_eq!(z as usize % align, 0);
                assert!((0..size).all(|k| *z.add(k) == 0));
                a.dealloc(z, layout);
            }
        }
    }
}
