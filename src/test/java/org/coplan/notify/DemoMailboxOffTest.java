package org.coplan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;

/** With a mail server configured, as on a real deployment, there is no demo mailbox, even from this machine. */
class DemoMailboxOffTest extends IntegrationTest {

    @Test
    void withAMailServerTheDemoMailboxIsNotFoundAndNotMentioned() {
        Visitor visitor = visitor();
        assertThat(visitor.get("/demo-mail").status()).isEqualTo(404);
        assertThat(visitor.get("/demo-mail/1").status()).isEqualTo(404);
        assertThat(visitor.get("/sign-in").text()).doesNotContain("demo mailbox");
    }
}
