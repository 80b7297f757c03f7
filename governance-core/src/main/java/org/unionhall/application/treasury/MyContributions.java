package org.unionhall.application.treasury;

import java.util.List;

/**
 * What a member gave a union and promised it, for their own eyes.
 *
 * @param contributions the latest received first
 * @param pledges newest first, cancelled ones too
 */
public record MyContributions(List<ContributionView> contributions, List<PledgeView> pledges) {
}
