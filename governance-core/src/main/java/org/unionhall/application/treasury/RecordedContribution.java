package org.unionhall.application.treasury;

/**
 * A contribution as recording it came to.
 *
 * @param retry whether it had been recorded before with the same details, so that nothing was written now
 */
public record RecordedContribution(ContributionView contribution, boolean retry) {
}
