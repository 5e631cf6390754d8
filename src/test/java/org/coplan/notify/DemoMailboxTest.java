package org.coplan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.internal.PasswordResets;
import org.coplan.support.FirstStartWithoutMailServer;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Coplan as a first local start runs it: no mail server, so email goes to the demo mailbox. Shares
 * its application context with the demo mailbox journey, apart from every other test (which have a
 * real SMTP server); the new administrator's set-up email is in the mailbox too.
 */
@FirstStartWithoutMailServer
@ExtendWith(OutputCaptureExtension.class)
class DemoMailboxTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    PasswordResets passwordLinks;

    private static final RequestPostProcessor FROM_ANOTHER_MACHINE = request -> {
        request.setRemoteAddr("203.0.113.7");
        return request;
    };

    @Test
    void aResetLinkIsInTheDemoMailboxWorksFromThereAndIsNeverLogged(CapturedOutput log) {
        people.findOrCreate("rae.reset@eastshire.test", "Rae Reset");
        Visitor visitor = onThisMachine();
        assertThat(visitor.get("/sign-in").text()).contains("This is a demo: emails are not sent. Read them in the demo mailbox");
        assertThat(visitor.post("/password-reset", Map.of("email", "rae.reset@eastshire.test")).status()).isEqualTo(302);

        Visitor.Page mailbox = visitor.get("/demo-mail");
        assertThat(mailbox.status()).isEqualTo(200);
        assertThat(mailbox.text()).contains("Demo mailbox", "emails are not sent", "A real deployment sets COPLAN_SMTP_HOST",
                "rae.reset@eastshire.test", "Reset your Coplan password",
                "ada.first@eastshire.test", "Your Coplan account");
        Matcher newest = Pattern.compile("href=\"/demo-mail/([0-9]+)\">Reset your Coplan password<").matcher(mailbox.body());
        assertThat(newest.find()).isTrue();

        Visitor.Page message = visitor.get("/demo-mail/" + newest.group(1));
        assertThat(message.text()).contains("Hello Rae Reset", "rae.reset@eastshire.test");
        Matcher link = Pattern.compile("<a class=\"govuk-link\" href=\"http://localhost(/password-reset/([^\"]+))\">").matcher(message.body());
        assertThat(link.find()).as("a working link in the message").isTrue();
        String token = link.group(2);
        assertThat(visitor.get(link.group(1)).text()).contains("Choose a new password");

        String logged = log.getAll();
        assertThat(logged).contains("r***@eastshire.test \"Reset your Coplan password\" is in the demo mailbox at http://localhost/demo-mail");
        assertThat(logged).doesNotContain(token, "/password-reset/", "rae.reset@", "Hello Rae");
    }

    @Test
    void aNewAccountsSetUpLinkAsOnAFirstStartIsInTheDemoMailboxAndNotLogged(CapturedOutput log) {
        Person sam = people.findOrCreate("sam.setup@eastshire.test", "Sam Setup");
        passwordLinks.sendAccountSetUp(sam, "Coplan", "Administrator", "Eastshire Council");

        Visitor visitor = onThisMachine();
        Matcher row = Pattern.compile("href=\"/demo-mail/([0-9]+)\">Your Coplan account<").matcher(visitor.get("/demo-mail").body());
        assertThat(row.find()).isTrue();
        assertThat(visitor.get("/demo-mail/" + row.group(1)).body()).contains("Hello Sam Setup", "/password-reset/");
        assertThat(log.getAll()).contains("s***@eastshire.test \"Your Coplan account\" is in the demo mailbox at http://localhost/demo-mail");
        assertThat(log.getAll()).doesNotContain("/password-reset/", "sam.setup@", "Hello Sam");
    }

    @Test
    void theMailboxIsNotFoundFromAnotherMachineNorThroughAProxy() throws Exception {
        assertThat(mvc.perform(get("/demo-mail")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/demo-mail").with(FROM_ANOTHER_MACHINE)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/demo-mail/1").with(FROM_ANOTHER_MACHINE)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/demo-mail").header("X-Forwarded-For", "203.0.113.7")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/demo-mail").header("Forwarded", "for=203.0.113.7")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/sign-in").with(FROM_ANOTHER_MACHINE)).andReturn().getResponse().getContentAsString())
                .doesNotContain("demo mailbox");
    }

    /** The person running Coplan, at a browser on the same machine: no proxy in between. */
    private Visitor onThisMachine() {
        return new Visitor(port, (String) null);
    }
}
