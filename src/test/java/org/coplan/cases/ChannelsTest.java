package org.coplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coplan.notify.internal.OutboxSender;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.NotifyStandIn;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Family members are told by the channel they chose: text messages and letters reach the GOV.UK
 * Notify stand-in (a real HTTP server), a failure is tried again and then shown to the case's lead,
 * and a phone number that is not a UK mobile is refused next to its field.
 */
class ChannelsTest extends IntegrationTest {

    /** The text template id in application-test.properties. */
    private static final String TEXT_TEMPLATE = "b7a1f4c2-6e2d-4c11-9a55-0c9d1f0a7e31";

    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 50_000));

    @Autowired
    CaseNotices notices;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTextAndALetterReachNotifyWithTheRightTemplateAndNeverNameTheChild() throws IOException {
        World world = fixtures.world();
        String mobile = newMobile();
        choose(world, Map.of("channels", "TEXT", "phone", national(mobile)), Map.of("channels", "POST",
                "address", "1 High Street\nDemo Town", "postcode", "dt1 1aa"));
        String childFamilyName = familyNameOf(world);

        assertThat(tellParent(world)).isTrue();
        sender.sendDue();

        List<NotifyStandIn.Request> texts = NotifyStandIn.textsTo(mobile);
        assertThat(texts).hasSize(1);
        JSONObject text = texts.get(0).body();
        assertThat(text.getString("template_id")).isEqualTo(TEXT_TEMPLATE);
        // signed by the Notify client as Notify expects: a JWT whose issuer is the service id in the test key
        String jwt = texts.get(0).authorization().substring("Bearer ".length());
        JSONObject claims = new JSONObject(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(claims.getString("iss")).isEqualTo("26785a09-ab16-4eb0-8407-a37497a57506");
        String textBody = text.getJSONObject("personalisation").getString("body");
        assertThat(textBody).contains("Hello Pat Parent.", "Your contribution has an answer on Coplan",
                "http://localhost/cases/" + world.ownCase()).doesNotContain("Kit").doesNotContain(childFamilyName);

        UUID letterId = message(world, "LETTER");
        List<NotifyStandIn.Request> letters = NotifyStandIn.lettersWithReference(letterId.toString());
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).body().getString("postage")).isEqualTo("second");
        byte[] pdf = Base64.getDecoder().decode(letters.get(0).body().getString("content"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String words = new PDFTextStripper().getText(doc);
            assertThat(words).contains("Pat Parent", "1 High Street", "Demo Town", "DT1 1AA",
                    "Your contribution has an answer on Coplan", "has answered your contribution to a plan")
                    .doesNotContain("Kit").doesNotContain(childFamilyName);
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("a tagged PDF").isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }

        assertThat(statuses(world)).containsExactlyInAnyOrder("TEXT SENT", "LETTER SENT");
        assertThat(TestMail.to(world.parent().email())).as("they chose no email").isEmpty();
        assertThat(audited(world)).contains("Text message: Your contribution has an answer on Coplan | to " + mobile + " through GOV.UK Notify",
                "Letter: Your contribution has an answer on Coplan | to Pat Parent through GOV.UK Notify");
    }

    @Test
    void aTextNotifyAnswers500ToIsTriedAgainAndAfterTheLastTryShownAsNotDeliveredToTheLead() {
        World world = fixtures.world();
        String mobile = newMobile();
        NotifyStandIn.answer500For(mobile);
        choose(world, Map.of("channels", "TEXT", "phone", national(mobile)));
        Visitor lead = signedIn(world.coordinator());

        tellParent(world);
        sender.sendDue();
        assertThat(statuses(world)).containsExactly("TEXT QUEUED");
        assertThat(lead.get("/cases/" + world.ownCase()).text()).doesNotContain("did not reach someone");
        sender.sendDue();
        assertThat(NotifyStandIn.textsTo(mobile)).as("not tried again before its time").hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        sender.sendDue();
        assertThat(statuses(world)).containsExactly("TEXT QUEUED");
        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();

        assertThat(NotifyStandIn.textsTo(mobile)).hasSize(3);
        assertThat(statuses(world)).containsExactly("TEXT FAILED");
        assertThat(lead.get("/cases/" + world.ownCase()).text()).contains("A message did not reach someone.");
        assertThat(signedIn(world.parent()).get("/cases/" + world.ownCase()).text()).doesNotContain("did not reach someone");
        String page = lead.get("/cases/" + world.ownCase() + "/messages").text();
        assertThat(page).contains("Text message to Pat Parent", "Your contribution has an answer on Coplan", mobile,
                "Not delivered", "Tried 3 times", "GOV.UK Notify answered 500");
        assertThat(audited(world)).anyMatch(a -> a.startsWith("Text message: Your contribution has an answer on Coplan | to Pat Parent, not delivered after 3 tries"));

        Page dealt = lead.post("/cases/" + world.ownCase() + "/messages/" + message(world, "TEXT") + "/dealt-with", Map.of());
        assertThat(dealt.status()).isEqualTo(302);
        assertThat(lead.get("/cases/" + world.ownCase()).text()).doesNotContain("did not reach someone");
    }

    @Test
    void aNotifyThatDoesNotAnswerInTimeIsTriedAgainLater() {
        World world = fixtures.world();
        String mobile = newMobile();
        NotifyStandIn.answerSlowlyFor(mobile);
        choose(world, Map.of("channels", "TEXT", "phone", national(mobile)));

        tellParent(world);
        sender.sendDue();

        assertThat(statuses(world)).containsExactly("TEXT QUEUED");
        assertThat(jdbc.sql("select last_error from outbound_message where case_id = ?").param(world.ownCase().value())
                .query(String.class).single()).isEqualTo("GOV.UK Notify did not answer within 2 seconds");
    }

    @Test
    void aNumberThatIsNotAUkMobileIsRefusedNextToTheFieldAndWhatWasTypedIsKept() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        parent.get("/cases/" + world.ownCase() + "/participation");
        Map<String, String> form = new HashMap<>(base());
        form.put("channels", "TEXT");
        form.put("phone", "020 7946 0000");
        Page page = parent.post("/cases/" + world.ownCase() + "/participation", form);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"#phone\"").contains("id=\"phone-error\"").contains("value=\"020 7946 0000\"");
        assertThat(page.text()).contains("Enter a UK mobile number, like 07700 900123 or +44 7700 900123. Text messages only reach a mobile");

        form.put("channels", "POST");
        form.put("phone", "");
        form.put("postcode", "not a postcode");
        page = parent.post("/cases/" + world.ownCase() + "/participation", form);
        assertThat(page.text()).contains("Enter your address so we can send you letters", "Enter a real UK postcode, like SW1A 1AA");
        assertThat(page.body()).contains("value=\"not a postcode\"");
    }

    @Test
    void aChosenChannelWithoutItsDetailsIsShownToTheLeadRatherThanSwappedForEmail() {
        World world = fixtures.world();
        fixtures.cases().participation(new ParticipationChoices(world.parentMember().id(), Involvement.KEPT_INFORMED,
                java.util.Set.of(ContactChannel.TEXT), "English", false, null, java.util.Set.of(), null, 0, null));

        tellParent(world);

        assertThat(statuses(world)).containsExactly("TEXT FAILED");
        assertThat(TestMail.to(world.parent().email())).isEmpty();
        assertThat(signedIn(world.coordinator()).get("/cases/" + world.ownCase() + "/messages").text())
                .contains("They chose text messages but have not given a UK mobile number");
    }

    @Test
    void aFamilyMemberWhoChosePhoneCallsIsOnTheNamedContactsListUntilTheCallIsMade() {
        World world = fixtures.world();
        choose(world, Map.of("channels", "PHONE", "phone", "01632 960123"));

        tellParent(world);

        Visitor lead = signedIn(world.coordinator());
        assertThat(lead.get("/").text()).contains("You have a phone call to make");
        String calls = lead.get("/phone-calls").text();
        assertThat(calls).contains("Phone Pat Parent about: Your contribution has an answer on Coplan", "+441632960123",
                "has answered your contribution to a plan").doesNotContain("Kit");
        assertThat(signedIn(world.psychologist()).get("/phone-calls").text()).doesNotContain("Pat Parent");
        UUID call = message(world, "PHONE");
        assertThat(signedIn(world.psychologist()).post("/phone-calls/" + call + "/done", Map.of()).status()).isEqualTo(404);

        Page done = lead.post("/phone-calls/" + call + "/done", Map.of("note-" + call, "Spoke to Pat."));
        assertThat(done.status()).isEqualTo(302);
        assertThat(lead.get("/phone-calls").text()).contains("You have no phone calls to make.");
        assertThat(statuses(world)).containsExactly("PHONE CALL_DONE");
        assertThat(audited(world)).anyMatch(a -> a.endsWith("to Pat Parent, made: Spoke to Pat."));
    }

    @Test
    void whereTheAuthorityPrintsItsOwnLettersALetterWaitsOnItsPrintPageUntilPosted() {
        World world = fixtures.world();
        Visitor manager = signedIn(world.manager());
        assertThat(manager.post("/letters/settings", Map.of("authorityId", world.localAuthority().id().value().toString(),
                "throughNotify", "no")).status()).isEqualTo(302);
        assertThat(manager.get("/letters").text()).contains("New letters wait here for you to print and post.");
        choose(world, Map.of("channels", "POST", "address", "1 High Street\nDemo Town", "postcode", "DT1 1AA"));

        tellParent(world);
        sender.sendDue();

        UUID letter = message(world, "LETTER");
        assertThat(statuses(world)).containsExactly("LETTER TO_PRINT");
        assertThat(NotifyStandIn.lettersWithReference(letter.toString())).isEmpty();
        Visitor lead = signedIn(world.coordinator());
        assertThat(lead.get("/").text()).contains("A letter is waiting to be posted");
        assertThat(lead.get("/letters").text()).contains("Letter to Pat Parent", "1 High Street", "DT1 1AA",
                "Your contribution has an answer on Coplan").doesNotContain("Kit");
        assertThat(lead.get("/letters/" + letter + "/pdf").body()).startsWith("%PDF-");
        assertThat(signedIn(world.otherCoordinator()).get("/letters/" + letter + "/pdf").status()).isEqualTo(404);
        assertThat(signedIn(world.otherCoordinator()).post("/letters/" + letter + "/posted", Map.of()).status()).isEqualTo(404);
        assertThat(statuses(world)).as("another authority cannot mark it").containsExactly("LETTER TO_PRINT");
        assertThat(signedIn(world.parent()).get("/letters").status()).isEqualTo(404);

        assertThat(lead.post("/letters/" + letter + "/posted", Map.of()).status()).isEqualTo(302);
        assertThat(statuses(world)).containsExactly("LETTER POSTED");
        assertThat(lead.get("/letters").text()).doesNotContain("Letter to Pat Parent");
        assertThat(audited(world)).contains(
                "Letter: Your contribution has an answer on Coplan | to Pat Parent, waiting to be printed and posted by the local authority",
                "Letter: Your contribution has an answer on Coplan | to Pat Parent, posted");
    }

    // --- helpers

    private boolean tellParent(World world) {
        return notices.tell(world.ownCase(), world.parent().id(), "email.answered.subject", "email.answered.body", List.of("Cora Coordinator"),
                "/cases/" + world.ownCase().value());
    }

    /** The parent saves their choices through the page: the answers every form needs, with these. */
    @SafeVarargs
    private void choose(World world, Map<String, String>... parts) {
        Map<String, String> form = new HashMap<>(base());
        StringBuilder channels = new StringBuilder();
        for (Map<String, String> part : parts) {
            part.forEach((k, v) -> {
                if (k.equals("channels")) {
                    channels.append(channels.isEmpty() ? "" : ",").append(v);
                } else {
                    form.put(k, v);
                }
            });
        }
        Visitor parent = signedIn(world.parent());
        parent.get("/cases/" + world.ownCase() + "/participation");
        form.put("channels", channels.toString());
        Page saved = parent.post("/cases/" + world.ownCase() + "/participation", form);
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
    }

    private static Map<String, String> base() {
        return Map.of("involvement", "KEPT_INFORMED", "language", "English", "interpreter", "no", "version", "-1");
    }

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    /** A mobile number no other test uses, as Notify receives it. */
    private static String newMobile() {
        return "+4477009" + String.format("%05d", NUMBERS.incrementAndGet() % 100_000);
    }

    private static String national(String mobile) {
        return "0" + mobile.substring(3, 7) + " " + mobile.substring(7);
    }

    private String familyNameOf(World world) {
        return jdbc.sql("select family_name from child_case where id = ?").param(world.ownCase().value()).query(String.class).single();
    }

    private List<String> statuses(World world) {
        return jdbc.sql("select channel || ' ' || status from outbound_message where case_id = ? order by created_at")
                .param(world.ownCase().value()).query(String.class).list();
    }

    private UUID message(World world, String channel) {
        return jdbc.sql("select id from outbound_message where case_id = ? and channel = ?")
                .params(world.ownCase().value(), channel).query(UUID.class).single();
    }

    private List<String> audited(World world) {
        return jdbc.sql("select subject || ' | ' || coalesce(detail, '') from audit_event where case_id = ? and action = 'MESSAGE_SENT'")
                .param(world.ownCase().value()).query(String.class).list();
    }
}
