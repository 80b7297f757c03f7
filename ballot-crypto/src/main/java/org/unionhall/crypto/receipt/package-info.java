/**
 * Version 2 board key and signed receipts (protocol §7.4, §8.8): the server signs, for every
 * ballot it appends, what the board then was; a voter's receipt later proves a dropped, moved or
 * forked entry against the published record (§11, V18).
 */
package org.unionhall.crypto.receipt;
