package org.coplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;

/** "My views": who is named as helper, answers kept screen by screen, and nothing overwritten. */
class ChildVoiceTest extends IntegrationTest {

    private Visitor signedIn(Person p) {
        Visitor v = visitor();
        v.signIn(p.email(), Fixtures.PASSWORD);
        return v;
    }

    @Test
    void anAdultWhoStartsMyViewsIsNamedAsHelperWithTheirRoleAndTheWordsAreTheChilds() {
        World w = fixtures.world();
        Visitor senco = signedIn(w.senco());
        String base = "/cases/" + w.ownCase() + "/my-voice";
        assertThat(senco.get(base).text()).contains("Help Kit say what they think", "Their answers will say they had help from Sena Senco");
        assertThat(senco.post(base, Map.of()).location()).endsWith(base + "/1");
        senco.post(base + "/6", Map.of("feeling", "2", "words", "Lunch is noisy", "basedOn", "0"));
        assertThat(senco.post(base + "/send", Map.of()).location()).endsWith("/cases/" + w.ownCase());

        String page = signedIn(w.parent()).get("/cases/" + w.ownCase()).text();
        assertThat(page).contains("Kit's own words, with help from Sena Senco (SENCO)", "It feels: Unhappy", "“Lunch is noisy”");
    }

    @Test
    void answersAreKeptScreenByScreenAndAnAnswerChangedInAnotherWindowIsNotOverwritten() {
        World w = fixtures.world();
        Visitor child = signedIn(w.child());
        String base = "/cases/" + w.ownCase() + "/my-voice";
        assertThat(child.get(base + "/1").location()).as("not started yet").endsWith(base);
        Visitor.Page noHelper = child.post(base, Map.of("onOwn", "no"));
        assertThat(noHelper.text()).contains("Write the name of the person helping you");
        child.post(base, Map.of("onOwn", "yes"));

        child.post(base + "/1", Map.of("choices", "MUSIC", "words", "I sing", "basedOn", "0"));
        // another window still shows the screen as it was before that save
        Visitor.Page stale = child.post(base + "/1", Map.of("choices", "SPORT", "words", "I run", "basedOn", "0"));
        assertThat(stale.text()).contains("This answer was changed in another window");
        assertThat(stale.body()).contains("I run");
        // a choice the question does not offer is ignored, and a face only fits the face question
        Visitor.Page badFace = child.post(base + "/2", Map.of("feeling", "9", "basedOn", "0"));
        assertThat(badFace.text()).contains("Pick one of the faces");

        String check = child.get(base + "/check").text();
        assertThat(check).contains("Done on my own.", "“I sing”").doesNotContain("I run");
        assertThat(child.post(base + "/send", Map.of()).status()).isBetween(300, 399);
        assertThat(child.get("/cases/" + w.ownCase()).text()).contains("Kit's own words, on their own");
        // sent means done: the next "my views" starts afresh
        assertThat(child.get(base + "/check").location()).endsWith(base);
    }

    @Test
    void nothingIsSentUntilAtLeastOneQuestionIsAnswered() {
        World w = fixtures.world();
        Visitor parent = signedIn(w.parent());
        String base = "/cases/" + w.ownCase() + "/my-voice";
        parent.post(base, Map.of());
        parent.post(base + "/1", Map.of("words", "", "basedOn", "0"));
        assertThat(parent.post(base + "/send", Map.of()).text()).contains("Answer at least one question before you send");
        assertThat(parent.get("/cases/" + w.ownCase()).text()).contains("Kit has not given their views here yet.");
    }
}
