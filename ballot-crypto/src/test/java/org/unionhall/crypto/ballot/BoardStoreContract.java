package org.unionhall.crypto.ballot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionhall.crypto.cli.SeededRandom;
import org.unionhall.crypto.group.Group;

/**
 * What {@link BallotBox} expects of any {@link BoardStore} (protocol §8.5): run it against each
 * store. The same ballots through the same rules give the same board, whatever keeps it.
 */
public abstract class BoardStoreContract {

    private static final Contest QUESTION = new Contest("q", "Adopt?", ContestMethod.ONE_OF_N,
            List.of("yes", "no"), 1, 1, 1);

    private final SeededRandom random = new SeededRandom(7, "board-store-contract");
    private final Credential voter = Credential.generate(random);
    private final Roll roll = new Roll(List.of(new RollEntry(voter.publicKey(), 1)));
    private final ElectionContext context = context();
    private final byte[] genesis = TrackingCodes.genesis(context.extendedHash());

    /** An empty store whose head is {@code genesis}. */
    protected abstract BoardStore emptyStore(byte[] genesis);

    private ElectionContext context() {
        Manifest m = new Manifest("contract", "Contract", List.of(QUESTION), 1, 1);
        return ElectionContext.create(m, Group.g(BigInteger.valueOf(5)), new byte[32], roll.digest(m.baseHash()));
    }

    private Booth.PreparedBallot ballot(int option) {
        return Booth.encrypt(context, voter, List.of(option == 0 ? List.of(1, 0) : List.of(0, 1)), random);
    }

    @Test
    void anEmptyStoreHasNoEntriesAndTheGenesisCode() {
        BoardStore store = emptyStore(genesis);
        assertEquals(0, store.size());
        assertArrayEquals(genesis, store.head());
        assertEquals(Optional.empty(), store.find(ballot(0).ballot().digest(context.extendedHash())));
    }

    @Test
    void anAppendedEntryIsCountedChainedAndFoundByItsDigest() {
        BoardStore store = emptyStore(genesis);
        BallotBox box = new BallotBox(context, roll, store);
        Booth.PreparedBallot first = ballot(0);
        Booth.PreparedBallot second = ballot(1);
        BoardEntry one = box.cast(first.ballot());
        BoardEntry two = box.challenge(second.ballot(), second.opening());

        assertEquals(2, store.size());
        assertArrayEquals(two.code(), store.head());
        assertArrayEquals(one.code(), two.previous());
        assertEquals(Optional.of(new BoardStore.Spent(1, BoardEntry.State.CAST)),
                store.find(first.ballot().digest(context.extendedHash())));
        assertEquals(Optional.of(new BoardStore.Spent(2, BoardEntry.State.CHALLENGED)),
                store.find(second.ballot().digest(context.extendedHash())));
    }

    @Test
    void theSameBallotsGiveTheSameCodesAsABoardInMemory() {
        BallotBox stored = new BallotBox(context, roll, emptyStore(genesis));
        BallotBox inMemory = new BallotBox(context, roll);
        for (int i = 0; i < 3; i++) {
            Booth.PreparedBallot b = ballot(i % 2);
            assertArrayEquals(inMemory.cast(b.ballot()).code(), stored.cast(b.ballot()).code());
        }
        assertArrayEquals(inMemory.head(), stored.head());
    }

    @Test
    void aReplayIsRefusedFromTheStoreAndWritesNothing() {
        BoardStore store = emptyStore(genesis);
        BallotBox box = new BallotBox(context, roll, store);
        Booth.PreparedBallot challenged = ballot(1);
        box.challenge(challenged.ballot(), challenged.opening());
        byte[] head = store.head();

        BallotBox.CheckedBallot again = BallotBox.check(context, roll, challenged.ballot());
        BallotRefused refused = assertThrows(BallotRefused.class, () -> new BallotBox(context, roll, store).cast(again));
        assertEquals(BallotProblem.Kind.REPLAY, refused.problem().kind());
        assertTrue(refused.getMessage().startsWith("replay check"), refused.getMessage());
        assertEquals(1, store.size());
        assertArrayEquals(head, store.head());
    }
}
