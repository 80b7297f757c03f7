package org.unionhall.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** URL names made from names: readable, accent-free, and always a valid slug. */
class SlugsTest {

    @Test
    void aNameBecomesAShortNameThatPassesTheCheck() {
        assertEquals("couriers-lisbon", Slugs.from("Couriers Lisbon", "x"));
        assertEquals("mods-union-berlin", Slugs.from("  Mods' Union — Berlin!  ", "x"));
        assertEquals("graca-sao-joao", Slugs.from("Graça / São João", "x"));
        assertEquals("first-chapter", Slugs.from("東京", "first-chapter"));
        assertEquals("first-chapter", Slugs.from(null, "first-chapter"));
        String longName = "word ".repeat(30);
        String slug = Slugs.from(longName, "x");
        assertEquals(slug, Check.slug(slug, "The short name"));
        assertEquals(59, slug.length());
    }
}
