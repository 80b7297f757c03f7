package org.unionhall.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The URL the data source opens is the operator's URL made durable, whatever H2 settings it names. */
class DatabaseConfigSourceTest {

    @Test
    void anH2UrlAlwaysOpensWithNoWriteDelay() {
        assertEquals("jdbc:h2:file:/srv/data/db/unionhall;WRITE_DELAY=0;QUERY_CACHE_SIZE=64",
                DatabaseConfigSource.effectiveUrl("jdbc:h2:file:/srv/data/db/unionhall"));
        assertEquals("jdbc:h2:file:./db;AUTO_SERVER=TRUE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64",
                DatabaseConfigSource.effectiveUrl(" jdbc:h2:file:./db;write_delay=500;AUTO_SERVER=TRUE "));
        assertEquals("jdbc:h2:./db;CIPHER=AES;WRITE_DELAY=0;QUERY_CACHE_SIZE=64",
                DatabaseConfigSource.effectiveUrl("jdbc:h2:./db;WRITE_DELAY = 2000;CIPHER=AES;Write_Delay=10"));
    }

    @Test
    void anH2UrlKeepsTheQueryCacheTheOperatorChose() {
        assertEquals("jdbc:h2:file:./db;query_cache_size=16;WRITE_DELAY=0",
                DatabaseConfigSource.effectiveUrl("jdbc:h2:file:./db;query_cache_size=16"));
    }

    @Test
    void aPostgreSqlUrlIsOpenedAsGiven() {
        String url = "jdbc:postgresql://db.internal:5432/unionhall?options=-c%20statement_timeout=5000";
        assertEquals(url, DatabaseConfigSource.effectiveUrl(url));
        assertEquals(DatabaseConfigSource.POSTGRESQL, DatabaseConfigSource.dataSourceClassFor(url));
        assertEquals(DatabaseConfigSource.H2, DatabaseConfigSource.dataSourceClassFor("jdbc:h2:mem:x"));
    }
}
