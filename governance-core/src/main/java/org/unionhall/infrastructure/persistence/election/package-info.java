/** JPA storage of elections, their trustees, ceremony messages, voters, roll, board and decryptions. */
package org.unionhall.infrastructure.persistence.election;
