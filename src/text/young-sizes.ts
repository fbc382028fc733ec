/**
 * How large a list that grows with the input may let one V8 heap object become.
 *
 * An object past V8's large-object threshold (128 KB) is not made in the young generation's pages,
 * which are used over and over, but on pages of its own, fresh from the system each time. A
 * collection that grows by doubling past it pays page faults and a zero fill at every step: on
 * megabyte inputs those, not the work, made eight times the entries cost more than eight times as
 * long. So such lists are kept in pieces under this size.
 */

/** Entries per piece of a pointer array (8 bytes each): 64 KB, well under the threshold. */
export const ARRAY_PIECE_BITS = 13;
/** `2 ** ARRAY_PIECE_BITS`: 8,192 entries. */
export const ARRAY_PIECE = 1 << ARRAY_PIECE_BITS;
