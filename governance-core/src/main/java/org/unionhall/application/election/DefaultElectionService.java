package org.unionhall.application.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.unionhall.application.Actor;
import org.unionhall.application.Stores;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.domain.election.ElectionId;
import org.unionhall.domain.election.Elections;

/**
 * The secret member ballot on the server, on top of {@code ballot-crypto}, made of one part per
 * protocol role: {@link ElectionSetup}, {@link ElectionCeremony}, {@link VotingPeriod},
 * {@link BallotIntake}, {@link ElectionTally}, {@link ElectionRecord} and
 * {@link ElectionQueries}, which share an {@link ElectionLookup}. This class only gives each call
 * its transaction and hands it to its part. Ballot intake runs outside the caller's transaction:
 * it checks ballots without holding a connection and commits them in groups of its own.
 *
 * <p>No choice ever reaches the server; nothing here logs a ballot or an opening.
 */
@ApplicationScoped
@Transactional
public class DefaultElectionService implements ElectionService {
    private ElectionSetup setup;
    private ElectionCeremony ceremony;
    private VotingPeriod period;
    private BallotIntake intake;
    private ElectionTally tally;
    private ElectionRecord record;
    private ElectionQueries queries;

    /** For CDI's proxy. */
    protected DefaultElectionService() {
    }

    /** The container's service: results are announced as CDI events; ballots are appended in groups. */
    @Inject
    public DefaultElectionService(Stores stores, Elections elections, Event<ElectionPublished> event,
                                  OwnTransaction transactions) {
        this(stores, elections, event::fire, transactions);
    }

    /**
     * A service that hands published results to the given consumer and runs in its caller's
     * transactions (tests, tools): ballots are appended one at a time, made durable by the caller.
     */
    public DefaultElectionService(Stores stores, Elections elections, Consumer<ElectionPublished> published) {
        this(stores, elections, published, OwnTransaction.callers());
    }

    /**
     * A service that hands published results to the given consumer and runs ballot intake in
     * transactions of its own; {@code elections} must then reach the database of the current
     * transaction from any thread, as the container's entity manager does.
     */
    public DefaultElectionService(Stores stores, Elections elections, Consumer<ElectionPublished> published,
                                  OwnTransaction transactions) {
        ElectionLookup lookup = new ElectionLookup(stores, elections);
        this.setup = new ElectionSetup(lookup);
        this.ceremony = new ElectionCeremony(lookup);
        this.period = new VotingPeriod(lookup);
        this.intake = new BallotIntake(lookup, transactions);
        this.record = new ElectionRecord(lookup);
        this.tally = new ElectionTally(lookup, record, published);
        this.queries = new ElectionQueries(lookup);
    }

    @Override
    public ElectionId prepare(Actor actor, PrepareElection request) {
        return setup.prepare(actor, request);
    }

    @Override
    public ElectionView view(Optional<Actor> actor, ElectionId election) {
        return queries.view(actor, election);
    }

    @Override
    public Turnout turnout(ElectionId election) {
        return queries.turnout(election);
    }

    @Override
    public List<ElectionSummary> elections(Actor actor, String scopeSlug) {
        return queries.elections(actor, scopeSlug);
    }

    @Override
    public String scopeName(Actor actor, String scopeSlug) {
        return queries.scopeName(actor, scopeSlug);
    }

    @Override
    public CeremonyView ceremony(Actor actor, ElectionId election) {
        return ceremony.ceremony(actor, election);
    }

    @Override
    public void announce(Actor actor, ElectionId election, TrusteeAnnouncement announcement) {
        ceremony.announce(actor, election, announcement);
    }

    @Override
    public void sendShares(Actor actor, ElectionId election, List<EncryptedShare> shares) {
        ceremony.sendShares(actor, election, shares);
    }

    @Override
    public String complain(Actor actor, ElectionId election, ShareComplaint complaint) {
        return ceremony.complain(actor, election, complaint);
    }

    @Override
    public void register(Actor actor, ElectionId election, String credential) {
        period.register(actor, election, credential);
    }

    @Override
    public ElectionView open(Actor actor, ElectionId election) {
        period.open(actor, election);
        return queries.view(Optional.of(actor), election);
    }

    @Override
    public ElectionView close(Actor actor, ElectionId election) {
        period.close(actor, election);
        return queries.view(Optional.of(actor), election);
    }

    @Override
    public int advanceDue(Instant now) {
        return period.advanceDue(now);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BallotReceipt submit(Actor actor, ElectionId election, SubmittedBallot ballot) {
        return intake.submit(actor, election, ballot);
    }

    @Override
    public List<BoardLineView> board(ElectionId election, long fromSeq, int limit) {
        return queries.board(election, fromSeq, limit);
    }

    @Override
    public Optional<BoardLineView> findOnBoard(ElectionId election, String trackingCode) {
        return queries.findOnBoard(election, trackingCode);
    }

    @Override
    public Map<Long, Long> replacedOnBoard(ElectionId election, long fromSeq, long toSeq) {
        return queries.replacedOnBoard(election, fromSeq, toSeq);
    }

    @Override
    public ReceiptVerdict checkReceipt(ElectionId election, String receiptText) {
        return queries.checkReceipt(election, receiptText);
    }

    @Override
    public String tally(ElectionId election) {
        return tally.tally(election);
    }

    @Override
    public void decrypt(Actor actor, ElectionId election, DecryptionShare share) {
        tally.decrypt(actor, election, share);
    }

    @Override
    public ResultView result(ElectionId election) {
        return queries.result(election);
    }

    @Override
    public byte[] recordZip(ElectionId election) {
        return record.recordZip(election);
    }

    /** Number of transactions that appended ballots on this node (a group is one). */
    long appendTransactions() {
        return intake.appendTransactions();
    }
}
