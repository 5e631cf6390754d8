package org.coplan.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.coplan.notify.Email;
import org.junit.jupiter.api.Test;

class DemoMailboxRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void theMailboxIsOnOnlyWithoutAMailServerAndWithABaseUrlOnThisMachine() {
        assertThat(new DemoMailbox("", "http://localhost:8080", CLOCK).isOn()).isTrue();
        assertThat(new DemoMailbox(null, "http://127.0.0.1:8080/", CLOCK).isOn()).isTrue();
        assertThat(new DemoMailbox("", "http://[::1]:8080", CLOCK).isOn()).isTrue();
        assertThat(new DemoMailbox("smtp.example.gov.uk", "http://localhost:8080", CLOCK).isOn()).isFalse();
        assertThat(new DemoMailbox("", "https://coplan.example.gov.uk", CLOCK).isOn()).isFalse();
        assertThat(new DemoMailbox("", "http://localhost.example.com", CLOCK).isOn()).isFalse();
        assertThat(new DemoMailbox("", "not a url", CLOCK).isOn()).isFalse();
        assertThat(new DemoMailbox("", "http://localhost:8080/", CLOCK).address()).isEqualTo("http://localhost:8080/demo-mail");
    }

    @Test
    void itOpensOnlyToThisMachineAndNeverThroughAProxy() {
        DemoMailbox on = new DemoMailbox("", "http://localhost:8080", CLOCK);
        assertThat(on.isOpenTo("127.0.0.1", false)).isTrue();
        assertThat(on.isOpenTo("0:0:0:0:0:0:0:1", false)).isTrue();
        assertThat(on.isOpenTo("127.0.0.1", true)).isFalse();
        assertThat(on.isOpenTo("192.168.1.20", false)).isFalse();
        assertThat(on.isOpenTo("localhost", false)).as("a name is never looked up").isFalse();
        assertThat(on.isOpenTo(null, false)).isFalse();
        assertThat(new DemoMailbox("smtp.example.gov.uk", "http://localhost:8080", CLOCK).isOpenTo("127.0.0.1", false)).isFalse();
    }

    @Test
    void itKeepsTheNewestTwoHundredNewestFirst() {
        DemoMailbox box = new DemoMailbox("", "http://localhost:8080", CLOCK);
        for (int i = 1; i <= DemoMailbox.KEPT + 5; i++) {
            box.keep(new Email("p" + i + "@example.test", "Message " + i, "Body " + i, null));
        }
        assertThat(box.newestFirst()).hasSize(DemoMailbox.KEPT);
        assertThat(box.newestFirst().getFirst().subject()).isEqualTo("Message 205");
        assertThat(box.newestFirst().getLast().subject()).isEqualTo("Message 6");
        assertThat(box.find(205)).get().extracting(DemoMailbox.Message::body).isEqualTo("Body 205");
        assertThat(box.find(5)).isEmpty();
    }

    @Test
    void addressesInTheLogShowOnlyTheFirstLetterAndTheDomain() {
        assertThat(SmtpEmails.masked("sarah.ahmed@demo.coplan.test")).isEqualTo("s***@demo.coplan.test");
        assertThat(SmtpEmails.masked("nobody")).isEqualTo("***");
        assertThat(SmtpEmails.masked(null)).isEqualTo("***");
    }
}
