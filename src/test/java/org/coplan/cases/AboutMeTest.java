package org.coplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.cases.domain.CaseAction;
import org.coplan.cases.internal.AboutMeRevisions;
import org.coplan.cases.internal.CaseWork;
import org.coplan.cases.internal.CaseWork.AboutMeSave;
import org.coplan.people.Person;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AboutMeTest extends IntegrationTest {

    private static final String PATH = "/about-me/how-to-support-me";

    @Autowired
    CaseAccess access;

    @Autowired
    CaseWork work;

    @Autowired
    AboutMeRevisions revisions;

    private Visitor signedIn(Person person) {
        Visitor v = visitor();
        v.signIn(person.email(), Fixtures.PASSWORD);
        return v;
    }

    private static String basedOn(Page form) {
        Matcher m = Pattern.compile("name=\"basedOn\" value=\"([^\"]+)\"").matcher(form.body());
        return m.find() ? m.group(1) : null;
    }

    private static Map<String, String> fields(String body, String basedOn) {
        return basedOn == null ? Map.of("body", body) : Map.of("body", body, "basedOn", basedOn);
    }

    @Test
    void parentWritesInTheirOwnWordsAndTheCaseShowsWhoWroteIt() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        parent.get("/cases/" + world.ownCase() + PATH);
        Page saved = parent.post("/cases/" + world.ownCase() + PATH, Map.of("body", "Give me time to answer."));
        assertThat(saved.location()).contains("/cases/" + world.ownCase());
        assertThat(parent.get("/cases/" + world.ownCase()).text()).contains("Give me time to answer.")
                .contains("Written by " + world.parent().displayName() + " (Parent or carer), 23 November 2026");
    }

    @Test
    void secondSaveFromTheSameVersionIsRefusedAndBothTextsAreShown() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        Visitor child = signedIn(world.child());
        parent.post("/cases/" + world.ownCase() + PATH, Map.of("body", "First words."));

        Page parentForm = parent.get("/cases/" + world.ownCase() + PATH);
        Page childForm = child.get("/cases/" + world.ownCase() + PATH);
        assertThat(basedOn(parentForm)).isEqualTo(basedOn(childForm)).isNotNull();

        assertThat(parent.post("/cases/" + world.ownCase() + PATH, fields("Parent's new words.", basedOn(parentForm))).status())
                .isEqualTo(302);
        Page conflict = child.post("/cases/" + world.ownCase() + PATH, fields("Kit's own words.", basedOn(childForm)));
        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.text()).contains("Someone else saved this while you were writing")
                .contains("Parent's new words.").contains("Kit's own words.");

        Page resolved = child.post("/cases/" + world.ownCase() + PATH, fields("Kit's own words, after reading.", basedOn(conflict)));
        assertThat(resolved.status()).isEqualTo(302);
        List<AboutMeRevision> history = revisions.history(world.ownCase(), AboutMePart.HOW_TO_SUPPORT_ME);
        assertThat(history).extracting(AboutMeRevision::body)
                .containsExactly("Kit's own words, after reading.", "Parent's new words.", "First words.");
    }

    @Test
    void historyKeepsEveryVersionWithItsAuthor() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        parent.post("/cases/" + world.ownCase() + PATH, Map.of("body", "Version one."));
        String based = basedOn(parent.get("/cases/" + world.ownCase() + PATH));
        parent.post("/cases/" + world.ownCase() + PATH, fields("Version two.", based));
        String page = signedIn(world.psychologist()).get("/cases/" + world.ownCase() + PATH + "/history").text();
        assertThat(page).contains("Version one.").contains("Version two.").contains("Written by " + world.parent().displayName());
        assertThat(page.indexOf("Version two.")).isLessThan(page.indexOf("Version one."));
    }

    @Test
    void emptyTextIsRefusedAndNothingSavedIsLost() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        parent.post("/cases/" + world.ownCase() + PATH, Map.of("body", "Keep me."));
        String based = basedOn(parent.get("/cases/" + world.ownCase() + PATH));
        Page refused = parent.post("/cases/" + world.ownCase() + PATH, fields("   ", based));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Write something, or go back without saving");
        assertThat(refused.body()).contains("href=\"#body\"");
        assertThat(revisions.latest(world.ownCase()).get(AboutMePart.HOW_TO_SUPPORT_ME).body()).isEqualTo("Keep me.");
    }

    @Test
    void tooLongTextIsRefusedAndKeptInTheForm() {
        World world = fixtures.world();
        Visitor parent = signedIn(world.parent());
        String tooLong = "a".repeat(5001);
        Page refused = parent.post("/cases/" + world.ownCase() + PATH, Map.of("body", tooLong));
        assertThat(refused.text()).contains("Use 5,000 characters or fewer");
        assertThat(refused.body()).contains(tooLong);
    }

    @Test
    void professionalsCannotWriteAllAboutMe() {
        World world = fixtures.world();
        Page refused = signedIn(world.psychologist()).post("/cases/" + world.ownCase() + PATH, Map.of("body", "Not my words to write."));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(revisions.latest(world.ownCase())).doesNotContainKey(AboutMePart.HOW_TO_SUPPORT_ME);
    }

    /** Many saves at once from the same version: exactly one wins, every other is told, nothing is half-stored. */
    @Test
    void concurrentSavesFromOneVersionStoreExactlyOneRevisionEach() throws Exception {
        World world = fixtures.world();
        CaseContext parent = access.open(world.parent().id(), world.ownCase(), CaseAction.EDIT_ABOUT_ME);
        CaseContext child = access.open(world.child().id(), world.ownCase(), CaseAction.EDIT_ABOUT_ME);
        AboutMeSave first = work.saveAboutMe(parent, AboutMePart.IMPORTANT_TO_ME, "Start.", null);
        java.util.UUID base = ((AboutMeSave.Saved) first).revision().id();

        int writers = 16;
        int rounds = 5;
        int successes = 1;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < rounds; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<AboutMeSave>> results = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    CaseContext who = w % 2 == 0 ? parent : child;
                    String text = "Round " + round + " writer " + w;
                    java.util.UUID from = base;
                    Callable<AboutMeSave> save = () -> {
                        start.await();
                        return work.saveAboutMe(who, AboutMePart.IMPORTANT_TO_ME, text, from);
                    };
                    results.add(pool.submit(save));
                }
                start.countDown();
                int won = 0;
                for (Future<AboutMeSave> f : results) {
                    AboutMeSave result = f.get();
                    if (result instanceof AboutMeSave.Saved saved) {
                        won++;
                        base = saved.revision().id();
                    } else {
                        assertThat(((AboutMeSave.Conflict) result).current()).isNotNull();
                    }
                }
                assertThat(won).as("saves that won in round " + round).isEqualTo(1);
                successes += won;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(revisions.history(world.ownCase(), AboutMePart.IMPORTANT_TO_ME)).hasSize(successes);
    }
}
