package org.coplan.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The syllable rules behind the reading ease score, against dictionary counts. */
class SyllablesTest {

    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({
        // one vowel group, one syllable
        "cat, 1", "the, 1", "speech, 1", "school, 1",
        // words of three letters or fewer are not all one syllable
        "any, 2", "ago, 2", "are, 1", "one, 1", "you, 1",
        // a final e after a consonant is silent, except in -le after a consonant
        "make, 1", "whole, 1", "table, 2", "little, 2", "people, 2", "value, 2", "agree, 2",
        // -es and -ed add a syllable only after the sounds that need one
        "makes, 1", "times, 1", "boxes, 2", "changes, 2", "services, 3", "studies, 2",
        "played, 1", "jumped, 1", "wanted, 2", "needed, 2", "agreed, 2",
        // a silent e before a suffix, and in some- words
        "likely, 2", "movement, 2", "careful, 2", "completely, 3", "sometimes, 2", "something, 2",
        // vowel pairs said as two syllables, and the endings where they are one
        "media, 3", "period, 3", "radio, 3", "usual, 3", "actual, 3", "quiet, 2", "anxiety, 4",
        "being, 2", "going, 2", "autism, 3", "area, 3", "idea, 3", "video, 3", "create, 2", "easier, 3",
        "special, 2", "social, 2", "education, 4", "anxious, 2", "religious, 3", "language, 2", "quality, 3",
        "behaviour, 3", "million, 2", "continuous, 4",
        // long words
        "communication, 5", "occupational, 5", "independent, 4", "psychologist, 4", "appropriate, 4",
        // short forms said letter by letter, and those said as words
        "EHCP, 4", "ADHD, 4", "TA, 2", "PMLD, 4", "SENCO, 2", "SEND, 1", "CAMHS, 1", "SaLT, 1",
        // numbers, and words joined by a hyphen
        "30, 2", "2014, 4", "one-page, 2", "co-production, 4"
    })
    void countsTheSyllablesOfAWord(String word, int syllables) {
        assertThat(Syllables.count(word)).isEqualTo(syllables);
    }

    @Test
    void nothingToSayHasNoSyllables() {
        assertThat(Syllables.count("")).isZero();
        assertThat(Syllables.count(null)).isZero();
        assertThat(Syllables.count("\u2014")).isZero();
    }

    @Test
    void anyWordWithALetterHasAtLeastOneSyllable() {
        assertThat(Syllables.count("b")).isEqualTo(1);
        assertThat(Syllables.count("rhythm")).isPositive();
        assertThat(Syllables.count("Mrs")).isPositive();
    }

    /**
     * Everyday words from plans, with the syllables a dictionary gives (words with two accepted
     * counts, like "every" or "hour", are left out). The rules get at least 98 in 100 right.
     */
    @Test
    void getsNearlyAllEverydayPlanWordsRight() {
        String reference = """
                a 1, about 2, able 2, across 2, activity 4, adult 2, after 2, afternoon 3, again 2, all 1,
                along 2, also 2, always 2, and 1, arrive 2, ask 1, assessment 3, attend 2, attention 3,
                away 2, be 1, because 2, before 2, begin 2, between 2, book 1, both 1, break 1,
                breakfast 2, calm 1, can 1, care 1, change 1, check 1, child 1, children 2, choose 1,
                class 1, classroom 2, college 2, communicate 4, confidence 3, council 2, day 1,
                decide 2, develop 3, different 3, difficult 3, do 1, each 1, early 2, easy 2, eat 1,
                emotional 4, end 1, english 2, enjoy 2, family 3, feel 1, feelings 2, friends 1,
                friendship 2, give 1, group 1, happy 2, hard 1, health 1, hear 1, help 1, home 1,
                individual 5, information 4, join 1, keep 1, know 1, later 2, learn 1, learning 2,
                lesson 2, letter 2, listen 2, lunch 1, lunchtime 2, maths 1, meeting 2, minute 2,
                minutes 2, month 1, morning 2, music 2, name 1, need 1, needs 1, new 1, noise 1,
                nursery 3, once 1, other 2, outside 2, own 1, parent 2, person 2, phonics 2,
                picture 2, plan 1, play 1, playground 2, practise 2, problem 2, progress 2, reading 2,
                ready 2, review 2, routine 2, safe 1, session 2, sessions 2, skills 1, small 1,
                someone 2, spelling 2, staff 1, start 1, support 2, take 1, talk 1, task 1, teacher 2,
                teaching 2, term 1, therapist 3, therapy 3, through 1, time 1, together 3, toilet 2,
                understand 3, use 1, visual 3, week 1, weekly 2, when 1, with 1, words 1, work 1,
                worried 2, write 1, writing 2, year 1, young 1
                """;
        List<String> wrong = new ArrayList<>();
        int total = 0;
        for (String pair : reference.split(",")) {
            String[] wordAndCount = pair.strip().split(" ");
            total++;
            int counted = Syllables.count(wordAndCount[0]);
            if (counted != Integer.parseInt(wordAndCount[1])) {
                wrong.add(wordAndCount[0] + " counted " + counted);
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(150);
        assertThat(wrong.size()).as("wrongly counted: %s", wrong).isLessThanOrEqualTo(total / 50);
    }
}
