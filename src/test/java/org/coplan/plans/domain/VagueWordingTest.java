package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Provision must say who, what, how often, for how long and in what size of group; these phrases let it avoid saying. */
class VagueWordingTest {

    private final VagueWording vague = VagueWording.standard();

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "access to", "as required", "as needed", "as appropriate", "regular", "regularly", "opportunities for",
        "opportunity to", "up to", "where possible", "if possible", "may benefit", "should benefit",
        "support as necessary", "ongoing", "periodic", "some", "when needed", "encouraged to"
    })
    void eachVaguePhraseIsFoundWithAdviceOnWhatToWriteInstead(String phrase) {
        String text = "Sam will have " + phrase + " help from staff.";
        List<VagueWording.Match> found = vague.findIn(text);

        assertThat(found).hasSize(1);
        VagueWording.Match match = found.getFirst();
        assertThat(match.matchedText()).isEqualTo(phrase);
        assertThat(match.start()).isEqualTo("Sam will have ".length());
        assertThat(match.end()).isEqualTo("Sam will have ".length() + phrase.length());
        assertThat(match.phrase().advice()).containsAnyOf("Say ", "Name ", "Give ");
    }

    @Test
    void regularIsFlaggedAsVagueWithAHowOftenSuggestion() {
        VagueWording.Match match = vague.findIn("Sam will have regular speech therapy.").getFirst();

        assertThat(match.matchedText()).isEqualTo("regular");
        assertThat(match.phrase().advice()).contains("how often").contains("3 times a week for 30 minutes");
    }

    @Test
    void upToSaysGiveTheAmountAndSmallGroupSaysHowMany() {
        assertThat(vague.findIn("Up to 5 hours a week.").getFirst().phrase().advice()).contains("amount");
        assertThat(vague.findIn("Work in a small group.").getFirst().phrase().advice()).contains("how many children");
    }

    @Test
    void phrasesAreFoundAtTheStartOfASentenceAndInAnyCapitals() {
        String text = "Regularly check in. As Required, staff help. UP TO 3 sessions. Where possible, use pictures.";
        assertThat(vague.findIn(text)).extracting(VagueWording.Match::matchedText)
                .containsExactly("Regularly", "As Required", "UP TO", "Where possible");
    }

    @Test
    void phrasesAreNotFoundInsideLongerWords() {
        String text = "An awesome, handsome child who sometimes enjoys irregular routines, the regularity of "
                + "accessibility ramps, supportive staff and periodicals. Somebody said so.";
        assertThat(vague.findIn(text)).isEmpty();
    }

    @Test
    void upToDateIsNotVagueButUpToAnAmountIs() {
        assertThat(vague.findIn("Keep the plan up to date and up-to-date.")).isEmpty();
        assertThat(vague.findIn("Up to 5 hours, kept up to date.")).extracting(VagueWording.Match::matchedText).containsExactly("Up to");
    }

    @Test
    void aSmallGroupWithItsSizeIsSpecificButWithoutItIsVague() {
        assertThat(vague.findIn("In a small group of 4 children.")).isEmpty();
        assertThat(vague.findIn("In a small group of no more than six.")).isEmpty();
        assertThat(vague.findIn("In a small group of children.")).extracting(VagueWording.Match::matchedText).containsExactly("small group");
    }

    @Test
    void theLongerPhraseWinsWhereTwoOverlap() {
        List<VagueWording.Match> found = vague.findIn("Support as necessary from the class teacher.");
        assertThat(found).extracting(VagueWording.Match::matchedText).containsExactly("Support as necessary");
        assertThat(found.getFirst().phrase().advice()).contains("Name the support");
    }

    @Test
    void wordsOfAPhraseMayBeSplitBySeveralSpacesALineBreakOrAHyphen() {
        assertThat(vague.findIn("help as\nrequired, access  to a laptop, on-going checks"))
                .extracting(VagueWording.Match::matchedText)
                .containsExactly("as\nrequired", "access  to", "on-going");
    }

    @Test
    void everyPlaceAPhraseIsUsedIsFoundInOrderWithItsOffsets() {
        String text = "Regular visits. Some help. More regular visits.";
        List<VagueWording.Match> found = vague.findIn(text);

        assertThat(found).extracting(VagueWording.Match::matchedText).containsExactly("Regular", "Some", "regular");
        for (VagueWording.Match match : found) {
            assertThat(text.substring(match.start(), match.end())).isEqualTo(match.matchedText());
        }
        assertThat(found.get(2).start()).isEqualTo(text.lastIndexOf("regular"));
    }

    @Test
    void specificProvisionHasNoVagueWording() {
        String specific = "A speech and language therapist will see Sam for 30 minutes once a week, on his own, "
                + "and will show his teaching assistant 2 exercises to practise with him each morning for 10 minutes.";
        assertThat(vague.isSpecific(specific)).isTrue();
        assertThat(vague.isSpecific("Sam will have access to a laptop.")).isFalse();
    }

    @Test
    void noTextHasNoVagueWording() {
        assertThat(vague.findIn("")).isEmpty();
        assertThat(vague.findIn(null)).isEmpty();
    }

    @Test
    void aListOfPhrasesCanBeGivenInsteadOfTheShippedOne() {
        VagueWording own = VagueWording.of(List.of(new VaguePhrase("as and when", "Say when.")));
        assertThat(own.findIn("As and when needed.")).extracting(m -> m.phrase().advice()).containsExactly("Say when.");
    }
}
