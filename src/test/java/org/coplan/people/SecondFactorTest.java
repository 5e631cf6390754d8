package org.coplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.people.internal.AuthenticatorCodes;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.coplan.support.Visitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff's second factor: codes from an authenticator app, and recovery codes. */
class SecondFactorTest extends IntegrationTest {

    private static final Pattern KEY = Pattern.compile("id=\"key\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code[^>]*>([a-z0-9]{4}(?:-[a-z0-9]{4}){3})</code>");

    @Autowired
    AuthenticatorCodes codes;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    JdbcClient jdbc;

    private String codeNow(String key) {
        return codes.codeAt(key, codes.currentStep());
    }

    /** A code that is certainly not the one the app shows in any step the service accepts. */
    private String wrongCode(String key) {
        long step = codes.currentStep();
        List<String> right = List.of(codes.codeAt(key, step - 1), codes.codeAt(key, step), codes.codeAt(key, step + 1));
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!right.contains(candidate)) {
                return candidate;
            }
        }
    }

    private Person sencoWithSecondFactor(String name, String key) {
        World w = fixtures.world();
        Person senco = fixtures.staff(name, w.school(), StaffRole.SENCO);
        secondFactors.setUpWithKey(senco.id(), key);
        return senco;
    }

    /** Sets up a second factor through the pages, as a person would, and returns the recovery codes shown. */
    private List<String> setUpThroughThePages(Visitor v) {
        Page setUp = v.get("/account/security/set-up");
        assertThat(setUp.status()).isEqualTo(200);
        Matcher key = KEY.matcher(setUp.body());
        assertThat(key.find()).as("the key is shown as text, for people who cannot scan").isTrue();
        Page done = v.post("/account/security/set-up", Map.of("code", codeNow(key.group(1).replace(" ", ""))));
        assertThat(done.location()).endsWith("/account/security/recovery-codes");
        Page shown = v.follow(done);
        List<String> found = new ArrayList<>();
        Matcher m = RECOVERY_CODE.matcher(shown.body());
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void staffSetUpASecondFactorWithAQrCodeOrTheKeyAsTextAndSeeTenRecoveryCodesOnce() {
        World w = fixtures.world();
        Visitor v = visitor();
        v.signIn(w.senco().email(), Fixtures.PASSWORD);
        assertThat(v.get("/").body()).contains("href=\"/account/security\"").contains("Sign-in and security");
        assertThat(v.get("/account/security").text()).contains("Second factor Not set up").contains("Set up a second factor");

        Page setUp = v.get("/account/security/set-up");
        assertThat(setUp.body()).contains("src=\"data:image/png;base64,");
        assertThat(setUp.text()).contains("If you cannot scan the QR code, type this key into the app instead");

        List<String> recoveryCodes = setUpThroughThePages(v);
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(v.get("/account/security/recovery-codes").location()).as("shown once").endsWith("/account/security");
        assertThat(v.get("/account/security").text()).contains("Second factor On").contains("Recovery codes left 10");

        List<String> stored = jdbc.sql("select code_hash from recovery_code where person_id = ?").param(w.senco().id().value())
                .query(String.class).list();
        assertThat(stored).hasSize(10).doesNotContainAnyElementsOf(recoveryCodes);
    }

    @Test
    void aWrongCodeWhileSettingUpIsExplainedAndTheSameKeyIsShownAgain() {
        World w = fixtures.world();
        Visitor v = visitor();
        v.signIn(w.senco().email(), Fixtures.PASSWORD);
        Matcher first = KEY.matcher(v.get("/account/security/set-up").body());
        assertThat(first.find()).isTrue();
        String key = first.group(1).replace(" ", "");

        Page wrong = v.post("/account/security/set-up", Map.of("code", wrongCode(key)));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("govuk-error-summary").contains("id=\"code-error\"");
        assertThat(wrong.text()).contains("The code is not right. Check the key in your app");
        Matcher again = KEY.matcher(wrong.body());
        assertThat(again.find()).isTrue();
        assertThat(again.group(1).replace(" ", "")).isEqualTo(key);
        assertThat(fixtures.secondFactorKey(w.senco())).isEmpty();
    }

    @Test
    void afterThePasswordAPersonWithASecondFactorSeesOnlyTheCodePageUntilTheCodeIsRight() {
        String key = codes.newKey();
        Person senco = sencoWithSecondFactor("Cody Senco", key);
        Visitor v = visitor();
        Page codePage = v.signInWithPasswordOnly(senco.email(), Fixtures.PASSWORD);
        assertThat(codePage.text()).contains("Enter the 6-digit code from your app");
        assertThat(codePage.body()).doesNotContain("href=\"/account/security\"").doesNotContain("Signed in as");
        assertThat(v.get("/").location()).endsWith("/sign-in/code");
        assertThat(v.get("/account/security").location()).endsWith("/sign-in/code");
        assertThat(v.get("/caseload").location()).endsWith("/sign-in/code");

        Page accepted = v.post("/sign-in/code", Map.of("code", codeNow(key)));
        assertThat(accepted.location()).as("goes on to the page the person asked for").endsWith("/caseload");
        assertThat(v.get("/").status()).isEqualTo(200);
        assertThat(v.get("/").text()).contains("Signed in as Cody Senco");
    }

    @Test
    void aWrongCodeIsExplainedBesideTheFieldAndTheTypedCodeIsKept() {
        String key = codes.newKey();
        Person senco = sencoWithSecondFactor("Wren Code", key);
        Visitor v = visitor();
        v.signInWithPasswordOnly(senco.email(), Fixtures.PASSWORD);

        Page blank = v.post("/sign-in/code", Map.of("code", " "));
        assertThat(blank.text()).contains("Enter the 6-digit code from your app, or a recovery code");

        String wrong = wrongCode(key);
        Page page = v.post("/sign-in/code", Map.of("code", wrong));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary").contains("id=\"code-error\"").contains("value=\"" + wrong + "\"");
        assertThat(page.text()).contains("The code is not right").contains("You have 4 more tries before you are signed out");
        assertThat(v.get("/").location()).endsWith("/sign-in/code");
    }

    @Test
    void codesFromOneStepEitherSideAreAcceptedForAPhoneClockThatHasDrifted() {
        String key = codes.newKey();
        Person senco = sencoWithSecondFactor("Drift Wood", key);
        Visitor early = visitor();
        early.signInWithPasswordOnly(senco.email(), Fixtures.PASSWORD);
        assertThat(early.post("/sign-in/code", Map.of("code", codes.codeAt(key, codes.currentStep() - 2))).status())
                .as("a minute old is too old").isEqualTo(200);
        assertThat(early.post("/sign-in/code", Map.of("code", codes.codeAt(key, codes.currentStep() - 1))).location()).endsWith("/");

        Visitor late = visitor();
        late.signInWithPasswordOnly(senco.email(), Fixtures.PASSWORD);
        assertThat(late.post("/sign-in/code", Map.of("code", codes.codeAt(key, codes.currentStep() + 1))).location()).endsWith("/");
    }

    @Test
    void aCodeAlreadyUsedIsRefusedSoASeenCodeCannotBeReplayed() {
        String key = codes.newKey();
        Person senco = sencoWithSecondFactor("Re Play", key);
        String code = codeNow(key);
        Visitor first = visitor();
        first.signInWithPasswordOnly(senco.email(), Fixtures.PASSWORD);
        assertThat(first.post("/sign-in/code", Map.of("code", code)).location()).endsWith("/");

        Visitor second = visitor();
        second.signInWithPasswordOnly(senco.email(), Fixtures.PASSWORD);
        Page refused = second.post("/sign-in/code", Map.of("code", code));
        assertThat(refused.text()).contains("That code has already been used. Wait for your app to show a new code");
        assertThat(second.get("/").location()).endsWith("/sign-in/code");

        clock.advance(Duration.ofSeconds(30));
        assertThat(second.post("/sign-in/code", Map.of("code", codeNow(key))).location()).endsWith("/");
    }

    @Test
    void aRecoveryCodeSignsInOnceAndThePageSaysHowManyAreLeft() {
        World w = fixtures.world();
        Visitor v = visitor();
        v.signIn(w.senco().email(), Fixtures.PASSWORD);
        List<String> recoveryCodes = setUpThroughThePages(v);
        v.post("/sign-out", Map.of());

        Visitor phoneLost = visitor();
        phoneLost.signInWithPasswordOnly(w.senco().email(), Fixtures.PASSWORD);
        Page accepted = phoneLost.post("/sign-in/code", Map.of("code", recoveryCodes.get(3).toUpperCase()));
        assertThat(accepted.location()).endsWith("/account/security");
        assertThat(phoneLost.follow(accepted).text()).contains("You have 9 recovery codes left");

        Visitor again = visitor();
        again.signInWithPasswordOnly(w.senco().email(), Fixtures.PASSWORD);
        Page refused = again.post("/sign-in/code", Map.of("code", recoveryCodes.get(3)));
        assertThat(refused.text()).contains("The code is not right");
        assertThat(again.get("/").location()).endsWith("/sign-in/code");
    }

    @Test
    void fiveWrongCodesEndTheHalfSignedInSessionAndCountAsAFailedSignIn() {
        String key = codes.newKey();
        Person senco = sencoWithSecondFactor("Five Wrong", key);
        Visitor v = visitor();
        v.signInWithPasswordOnly(senco.email(), Fixtures.PASSWORD);
        Page last = null;
        for (int i = 0; i < 5; i++) {
            last = v.post("/sign-in/code", Map.of("code", wrongCode(key)));
        }
        assertThat(last.text()).contains("You have been signed out").contains("You entered a wrong code 5 times")
                .contains("try again after 10:15");
        assertThat(v.get("/caseload").location()).as("signed out").endsWith("/sign-in");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'SIGN_IN_FAILED'")
                .param(senco.id().value()).query(Integer.class).single())
                .as("recorded like a wrong password").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from sign_in_failure where source_address = ?").param(v.address())
                .query(Integer.class).single())
                .as("counted by the sign-in limits like a wrong password").isEqualTo(1);

        Visitor tooSoon = visitor();
        tooSoon.signInWithPasswordOnly(senco.email(), Fixtures.PASSWORD);
        assertThat(tooSoon.post("/sign-in/code", Map.of("code", codeNow(key))).text())
                .as("even the right code waits until the time is up").contains("You have been signed out");

        clock.advance(Duration.ofMinutes(16));
        Visitor later = visitor();
        later.signInWithPasswordOnly(senco.email(), Fixtures.PASSWORD);
        assertThat(later.post("/sign-in/code", Map.of("code", codeNow(key))).location()).endsWith("/");
    }

    @Test
    void anAdministratorWithoutASecondFactorMustSetOneUpBeforeReachingAdministration() {
        World w = fixtures.world();
        Person admin = fixtures.person("Ada Nofactor");
        fixtures.people().addStaffRole(admin.id(), w.localAuthority().id(), StaffRole.ADMINISTRATOR);
        Visitor v = visitor();
        Page setUp = v.signInWithPasswordOnly(admin.email(), Fixtures.PASSWORD);
        assertThat(setUp.text()).contains("Set up a second factor").contains("Your role needs a second factor");
        assertThat(v.get("/admin").location()).endsWith("/account/security/set-up");
        assertThat(v.get("/").location()).endsWith("/account/security/set-up");
        assertThat(v.get("/account/security").location()).endsWith("/account/security/set-up");

        List<String> recoveryCodes = setUpThroughThePages(v);
        assertThat(recoveryCodes).hasSize(10);
        assertThat(v.get("/admin").status()).isEqualTo(200);
        assertThat(v.get("/account/security").text()).contains("you cannot turn it off").doesNotContain("/account/security/turn-off");
    }

    @Test
    void aSenManagerWithoutASecondFactorMustSetOneUpAndCanStillSignOut() {
        World w = fixtures.world();
        Person manager = fixtures.person("Sen Nofactor");
        fixtures.people().addStaffRole(manager.id(), w.localAuthority().id(), StaffRole.SEN_MANAGER);
        Visitor v = visitor();
        v.signInWithPasswordOnly(manager.email(), Fixtures.PASSWORD);
        assertThat(v.get("/caseload").location()).endsWith("/account/security/set-up");
        assertThat(v.get("/cases/" + w.ownCase().value()).location()).endsWith("/account/security/set-up");
        assertThat(v.post("/sign-out", Map.of()).location()).endsWith("/signed-out");
        assertThat(v.get("/caseload").location()).endsWith("/sign-in");
    }

    @Test
    void aSencoNeedNotSetUpASecondFactor() {
        World w = fixtures.world();
        Visitor v = visitor();
        Page home = v.signInWithPasswordOnly(w.senco().email(), Fixtures.PASSWORD);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("Signed in as");
        assertThat(v.get("/caseload").status()).isEqualTo(200);
    }

    @Test
    void aSencoCanTurnTheSecondFactorOffWithACodeButAnAdministratorCannot() {
        String key = codes.newKey();
        Person senco = sencoWithSecondFactor("Off Switch", key);
        Visitor v = visitor();
        v.signInWithPasswordOnly(senco.email(), Fixtures.PASSWORD);
        v.post("/sign-in/code", Map.of("code", codes.codeAt(key, codes.currentStep() - 1)));
        Page wrong = v.post("/account/security/turn-off", Map.of("codeForOff", wrongCode(key)));
        assertThat(wrong.body()).contains("id=\"codeForOff-error\"");
        assertThat(v.follow(v.post("/account/security/turn-off", Map.of("codeForOff", codeNow(key)))).text())
                .contains("Your second factor is turned off");
        assertThat(fixtures.secondFactorKey(senco)).isEmpty();

        World w = fixtures.world();
        Person admin = fixtures.staff("Ada Keeps", w.localAuthority(), StaffRole.ADMINISTRATOR);
        Visitor a = visitor();
        a.signIn(admin.email(), Fixtures.PASSWORD);
        a.post("/account/security/turn-off", Map.of("codeForOff", fixtures.secondFactorCode(admin.email()).orElseThrow()));
        assertThat(fixtures.secondFactorKey(admin)).isPresent();
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() {
        World w = fixtures.world();
        Visitor v = visitor();
        v.signIn(w.senco().email(), Fixtures.PASSWORD);
        List<String> old = setUpThroughThePages(v);
        String key = fixtures.secondFactorKey(w.senco()).orElseThrow();
        clock.advance(Duration.ofSeconds(30));
        Page made = v.post("/account/security/recovery-codes", Map.of("codeForNew", codeNow(key)));
        assertThat(made.location()).endsWith("/account/security/recovery-codes");
        Page shown = v.follow(made);
        assertThat(shown.text()).contains("Your recovery codes");
        assertThat(shown.body()).doesNotContain(old.get(0));

        Visitor withOld = visitor();
        withOld.signInWithPasswordOnly(w.senco().email(), Fixtures.PASSWORD);
        assertThat(withOld.post("/sign-in/code", Map.of("code", old.get(0))).text()).contains("The code is not right");
    }

    @Test
    void anAdministratorResetsALostSecondFactorAndTheResetIsAudited() {
        World w = fixtures.world();
        Person admin = fixtures.staff("Ada Resets", w.localAuthority(), StaffRole.ADMINISTRATOR);
        Visitor a = visitor();
        a.signIn(admin.email(), Fixtures.PASSWORD);
        Page organisation = a.get("/admin/organisations/" + w.localAuthority().id());
        assertThat(organisation.text()).contains("Reset second factor");

        Page reset = a.post("/admin/organisations/" + w.localAuthority().id() + "/staff/second-factor-reset",
                Map.of("personId", w.manager().id().toString()));
        assertThat(a.follow(reset).text()).contains("The second factor of Manny Manager has been reset");
        assertThat(fixtures.secondFactorKey(w.manager())).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ROLE_CHANGED' and actor_id = ? and subject = 'Second factor reset' and case_id is null")
                .param(admin.id().value()).query(Integer.class).single()).isEqualTo(1);

        Visitor manager = visitor();
        assertThat(manager.signInWithPasswordOnly(w.manager().email(), Fixtures.PASSWORD).text()).contains("Set up a second factor");

        Page elsewhere = a.post("/admin/organisations/" + w.otherLocalAuthority().id() + "/staff/second-factor-reset",
                Map.of("personId", w.otherCoordinator().id().toString()));
        assertThat(elsewhere.status()).as("another authority's staff").isEqualTo(404);
    }
}
