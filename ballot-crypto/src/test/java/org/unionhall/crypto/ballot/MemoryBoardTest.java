package org.unionhall.crypto.ballot;

/** The board in memory keeps the store contract. */
class MemoryBoardTest extends BoardStoreContract {

    @Override
    protected BoardStore emptyStore(byte[] genesis) {
        return new MemoryBoard(genesis);
    }
}
