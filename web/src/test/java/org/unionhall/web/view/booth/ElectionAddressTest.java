package org.unionhall.web.view.booth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ElectionAddressTest {

    @Test
    void anElectionIdGivesTheApiAndBoardAddressesUnderTheContextPath() {
        ElectionAddress a = ElectionAddress.of("/uh", "3f1c-42_a.b").orElseThrow();
        assertEquals("3f1c-42_a.b", a.electionId());
        assertEquals("/uh/api/v1/elections/3f1c-42_a.b", a.api());
        assertEquals("/uh/elections/board.xhtml", a.boardPage());
    }

    @Test
    void missingOrMalformedIdsAreRefusedBeforeTheBrowserCodeSeesThem() {
        assertTrue(ElectionAddress.of("", null).isEmpty());
        assertTrue(ElectionAddress.of("", "").isEmpty());
        assertTrue(ElectionAddress.of("", "../admin").isEmpty());
        assertTrue(ElectionAddress.of("", "a\"><script>").isEmpty());
        assertTrue(ElectionAddress.of("", "a".repeat(101)).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new ElectionAddress("a/b", "/api", "/board"));
    }
}
