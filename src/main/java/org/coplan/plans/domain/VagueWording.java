package org.coplan.plans.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds wording that makes provision unspecific ("regular", "as required", "access to", "up to")
 * and says what to write instead. A plan must say what help a child gets, who gives it, how often
 * and for how long; these phrases let it avoid saying.
 *
 * <p>Phrases match as whole words in any capitals, so "Regularly" at the start of a sentence is
 * found but "some" is not found in "awesome" or "sometimes". The shipped phrases are content,
 * kept in {@value #RESOURCE} on the classpath.
 */
public final class VagueWording {

    public static final String RESOURCE = "/plans/vague-wording.tsv";

    /** Vague wording found in some text; {@code start} and {@code end} are offsets in that text. */
    public record Match(VaguePhrase phrase, String matchedText, int start, int end) {}

    private record Finder(VaguePhrase phrase, Pattern pattern) {}

    private static final class Standard {
        static final VagueWording INSTANCE = fromTsv(Tsv.fromClasspath(RESOURCE));
    }

    private final List<Finder> finders;

    private VagueWording(List<Finder> finders) {
        this.finders = List.copyOf(finders);
    }

    /** The phrases Coplan ships, read once from {@value #RESOURCE}. */
    public static VagueWording standard() {
        return Standard.INSTANCE;
    }

    /** Vague wording made of these phrases, each matched as whole words in any capitals. */
    public static VagueWording of(List<VaguePhrase> phrases) {
        return new VagueWording(phrases.stream().map(p -> new Finder(p, Phrases.phrase(p.phrase(), null))).toList());
    }

    static VagueWording fromTsv(List<Tsv.Line> lines) {
        List<Finder> finders = new ArrayList<>();
        for (Tsv.Line line : lines) {
            if (line.columns().size() < 2 || line.columns().size() > 3) {
                throw new IllegalArgumentException(RESOURCE + " line " + line.number() + ": expected 2 or 3 columns separated by tabs");
            }
            VaguePhrase phrase = new VaguePhrase(line.column(0), line.column(1));
            finders.add(new Finder(phrase, Phrases.phrase(phrase.phrase(), line.column(2))));
        }
        return new VagueWording(finders);
    }

    public List<VaguePhrase> phrases() {
        return finders.stream().map(Finder::phrase).toList();
    }

    /**
     * Every vague phrase in the text, in order. Where phrases overlap the longer one wins, so
     * "support as necessary" is one match, not also "as necessary".
     */
    public List<Match> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        for (Finder finder : finders) {
            Matcher m = finder.pattern().matcher(text);
            while (m.find()) {
                found.add(new Match(finder.phrase(), m.group(), m.start(), m.end()));
            }
        }
        return Phrases.withoutOverlaps(found, Match::start, Match::end);
    }

    /** True when the text has none of the vague phrases. */
    public boolean isSpecific(String text) {
        return findIn(text).isEmpty();
    }
}
