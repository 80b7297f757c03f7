package org.unionhall.application.installation;

/**
 * What the operator gives to found an installation. Names are checked by the domain (the union's
 * short name as a URL name, the e-mail address, the password under the password policy); the
 * federation's and the chapter's URL names are made from their names.
 *
 * @param federationName the federation's name
 * @param unionName the first union's name
 * @param unionSlug the first union's URL name (lower-case letters, digits, single hyphens)
 * @param chapterName the name of the union's first chapter
 * @param stewardName the display name of the first steward
 * @param stewardEmail the first steward's e-mail address, to sign in with
 * @param password the first steward's password; the service clears it when done
 */
public record FoundInstallation(String federationName, String unionName, String unionSlug, String chapterName,
                                String stewardName, String stewardEmail, char[] password) {
}
