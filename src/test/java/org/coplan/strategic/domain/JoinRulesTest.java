package org.coplan.strategic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JoinRulesTest {

    @Test
    void ukMobileNumbersAreAcceptedAsPeopleTypeThemAndNothingElse() {
        assertThat(JoinRules.ukMobile("07700 900123")).isEqualTo("+447700900123");
        assertThat(JoinRules.ukMobile("+44 (0)7700-900123")).isEqualTo("+447700900123");
        assertThat(JoinRules.ukMobile("0044 7700 900 123")).isEqualTo("+447700900123");
        assertThat(JoinRules.ukMobile("01632 960001")).isNull();
        assertThat(JoinRules.ukMobile("7700900123")).isNull();
        assertThat(JoinRules.ukMobile("077009001234")).isNull();
        assertThat(JoinRules.ukMobile("")).isNull();
        assertThat(JoinRules.ukMobile(null)).isNull();
    }

    @Test
    void nameEmailAndReasonAreRequired() {
        assertThat(JoinRules.nameProblem(" ")).isEqualTo("forummember.error.nameRequired");
        assertThat(JoinRules.nameProblem("x".repeat(101))).isEqualTo("forummember.error.nameTooLong");
        assertThat(JoinRules.nameProblem("Jo")).isNull();
        assertThat(JoinRules.emailProblem("")).isEqualTo("forummember.error.emailRequired");
        assertThat(JoinRules.emailProblem("jo@example")).isEqualTo("forummember.error.emailInvalid");
        assertThat(JoinRules.emailProblem(" jo@example.com ")).isNull();
        assertThat(JoinRules.reasonProblem("  ")).isEqualTo("forummember.error.reasonRequired");
        assertThat(JoinRules.reasonProblem("Posted other members' details")).isNull();
    }

    @Test
    void topicsAndChannelsIgnoreAnythingUnknown() {
        assertThat(JoinRules.topics(List.of("TRANSPORT", "NOT_A_TOPIC"))).containsExactly(Topic.TRANSPORT);
        assertThat(JoinRules.topics(null)).isEmpty();
        assertThat(JoinRules.channel("TEXT")).isEqualTo(JoinRules.Channel.TEXT);
        assertThat(JoinRules.channel("LETTER")).isNull();
        assertThat(JoinRules.email(" Jo@Example.COM ")).isEqualTo("jo@example.com");
    }

    @Test
    void textsNeedAUkMobileAndEmailNeedsNoNumber() {
        assertThat(JoinRules.reach("EMAIL", "not a number")).isEqualTo(new JoinRules.Reach(JoinRules.Channel.EMAIL, null, null, null));
        assertThat(JoinRules.reach("TEXT", "07700 900123")).isEqualTo(new JoinRules.Reach(JoinRules.Channel.TEXT, "+447700900123", null, null));
        assertThat(JoinRules.reach("TEXT", " ")).isEqualTo(new JoinRules.Reach(JoinRules.Channel.TEXT, null, "mobile", "forummember.error.mobileRequired"));
        assertThat(JoinRules.reach("TEXT", "0121 496 0000")).isEqualTo(new JoinRules.Reach(JoinRules.Channel.TEXT, null, "mobile", "forummember.error.mobileInvalid"));
        assertThat(JoinRules.reach("", "07700 900123")).isEqualTo(new JoinRules.Reach(null, null, "channel", "forummember.error.channelRequired"));
    }
}
