package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    @Test
    void aPasswordContainingTheNameOrAnyLongPartOfItOrTheEmailIsRefused() {
        String name = "Marigold O'Brien-Featherstone";
        String email = "m.featherstone@school.example";
        assertThat(PasswordRule.problem("marigold o'brien-featherstone", name, email)).contains("password.personal");
        assertThat(PasswordRule.problem("MarigoldRocks2026", name, email)).contains("password.personal");
        assertThat(PasswordRule.problem("i am featherstone", name, email)).contains("password.personal");
        assertThat(PasswordRule.problem("M.Featherstone@school.example", name, email)).contains("password.personal");
        assertThat(PasswordRule.problem("copper meadow lantern", name, email)).isEmpty();
    }

    @Test
    void shortPartsOfANameAreAllowedInsideOtherWords() {
        assertThat(PasswordRule.problem("tomorrow is bright", "Tom Li", "tl@school.example")).isEmpty();
        assertThat(PasswordRule.problem("tomli is my name!", "Tom Li", "tl@school.example")).contains("password.personal");
    }

    @Test
    void theOtherRulesStillComeFirst() {
        assertThat(PasswordRule.problem("short", "Tom Li", "tl@school.example")).contains("password.tooShort");
        assertThat(PasswordRule.problem("password1234", "Tom Li", "tl@school.example")).contains("password.common");
    }
}
