/**
 * The command line (protocol §12): {@code verify RECORD [--json]} and {@code simulate ...}.
 * The only place in the module that prints.
 */
package org.unionhall.crypto.cli;
