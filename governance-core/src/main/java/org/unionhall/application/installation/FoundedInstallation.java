package org.unionhall.application.installation;

/**
 * What founding made.
 *
 * @param stewardId the member id of the first steward, who is the installation's operator
 * @param stewardEmail the address they sign in with
 * @param federationName the federation's name
 * @param unionSlug the first union's URL name
 * @param unionName the first union's name
 * @param chapterSlug the first chapter's URL name
 * @param chapterName the first chapter's name
 */
public record FoundedInstallation(String stewardId, String stewardEmail, String federationName, String unionSlug,
                                  String unionName, String chapterSlug, String chapterName) {
}
