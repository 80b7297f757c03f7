package org.unionhall.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sign-in page follows a page of this installation only, never an address a crafted link names. */
class ReturnAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"/motions/view.xhtml?id=7f1c2a9e-0b4d-4a51-9a3e-2c1d6f0e8b11", "/index.xhtml",
            "/elections/booth.xhtml?e=42", "/treasury/grant.xhtml?id=a-b&tab=files"})
    void aPageOfThisInstallationIsFollowed(String next) {
        assertEquals(Optional.of(next), ReturnAddress.of(next));
        assertEquals(next, ReturnAddress.after(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/index.xhtml", "//evil.example/index.xhtml", "/\\evil.example/a.xhtml",
            "/login.xhtml", "/login-code.xhtml?next=/index.xhtml", "/api/v1/members", "/motions/../../etc.xhtml",
            "/motions/view.xhtml?id=1\r\nSet-Cookie:x=1", "javascript:alert(1)", "", "/motions/view.xhtml?<script>"})
    void anythingElseGoesToTheDashboard(String next) {
        assertEquals(Optional.empty(), ReturnAddress.of(next));
        assertEquals(ReturnAddress.DASHBOARD, ReturnAddress.after(next));
        assertEquals("", ReturnAddress.asParameter(next));
    }

    @Test
    void nothingAskedForGoesToTheDashboard() {
        assertEquals(ReturnAddress.DASHBOARD, ReturnAddress.after(null));
    }

    @Test
    void theParameterIsEncodedForTheSignInAddress() {
        assertEquals("next=%2Fmotions%2Fview.xhtml%3Fid%3D1%26x%3D2", ReturnAddress.asParameter("/motions/view.xhtml?id=1&x=2"));
    }
}
