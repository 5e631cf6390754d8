package org.coplan.plans.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and short forms families meet in plans, each with a plain explanation. The shipped
 * glossary is content, kept in {@value #RESOURCE} on the classpath.
 *
 * <p>Abbreviations are recognised only in their usual capitals and as whole words, so "OT" is
 * found in "an OT assessment" but not in "not", and "SEND" not in "sending". Jargon is recognised
 * in any capitals, as whole words, with or without a plural s.
 */
public final class Glossary {

    public static final String RESOURCE = "/plans/glossary.tsv";

    /** A term found in some text; {@code start} and {@code end} are offsets in that text, as in {@link String#substring(int, int)}. */
    public record Match(GlossaryEntry entry, String matchedText, int start, int end) {}

    private record Recogniser(GlossaryEntry entry, Pattern pattern) {}

    private static final class Standard {
        static final Glossary INSTANCE = fromTsv(Tsv.fromClasspath(RESOURCE));
    }

    private static final Comparator<GlossaryEntry> A_TO_Z =
            Comparator.comparing((GlossaryEntry e) -> Phrases.normalised(e.term())).thenComparing(GlossaryEntry::term);

    private final List<GlossaryEntry> entries;
    private final List<Recogniser> recognisers;
    private final Map<String, GlossaryEntry> abbreviations = new HashMap<>();
    private final Map<String, GlossaryEntry> jargon = new HashMap<>();

    private Glossary(List<GlossaryEntry> entries) {
        this.entries = entries.stream().sorted(A_TO_Z).toList();
        List<Recogniser> all = new ArrayList<>();
        for (GlossaryEntry entry : this.entries) {
            for (String form : entry.forms()) {
                GlossaryEntry clash = entry.isAbbreviation()
                        ? abbreviations.putIfAbsent(form.strip(), entry)
                        : jargon.putIfAbsent(Phrases.normalised(form), entry);
                if (clash != null) {
                    throw new IllegalArgumentException("\"" + form + "\" is in the glossary twice: under " + clash.term() + " and " + entry.term());
                }
                all.add(new Recogniser(entry, entry.isAbbreviation() ? Phrases.abbreviation(form.strip()) : Phrases.word(form, true)));
            }
        }
        this.recognisers = List.copyOf(all);
    }

    /** The glossary Coplan ships, read once from {@value #RESOURCE}. */
    public static Glossary standard() {
        return Standard.INSTANCE;
    }

    public static Glossary of(List<GlossaryEntry> entries) {
        return new Glossary(entries);
    }

    static Glossary fromTsv(List<Tsv.Line> lines) {
        List<GlossaryEntry> entries = new ArrayList<>();
        for (Tsv.Line line : lines) {
            if (line.columns().size() < 3 || line.columns().size() > 5) {
                throw new IllegalArgumentException(RESOURCE + " line " + line.number() + ": expected 3 to 5 columns separated by tabs");
            }
            TermKind kind;
            try {
                kind = TermKind.valueOf(line.column(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + line.number() + ": kind must be ABBREVIATION or JARGON", e);
            }
            List<String> otherForms = line.column(4).isEmpty() ? List.of()
                    : List.of(line.column(4).split(";")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            try {
                entries.add(new GlossaryEntry(line.column(0), kind, line.column(2), line.column(3), otherForms));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + line.number() + ": " + e.getMessage(), e);
            }
        }
        return new Glossary(entries);
    }

    /** Every entry, A to Z by term, word by word ("SEN support" comes straight after "SEN"). */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /**
     * The entry for a term or one of its other forms: in exactly the usual capitals for an
     * abbreviation ("SaLT" or "SALT", not "salt"), in any capitals and either singular or plural for
     * jargon ("Annual Review", "outcome").
     */
    public Optional<GlossaryEntry> lookup(String term) {
        if (term == null || term.isBlank()) {
            return Optional.empty();
        }
        GlossaryEntry abbreviation = abbreviations.get(term.strip());
        if (abbreviation != null) {
            return Optional.of(abbreviation);
        }
        String key = Phrases.normalised(term);
        GlossaryEntry entry = jargon.get(key);
        if (entry == null) {
            entry = key.endsWith("s") ? jargon.get(key.substring(0, key.length() - 1)) : jargon.get(key + "s");
        }
        return Optional.ofNullable(entry);
    }

    /**
     * Every place a glossary term is used in the text, in order. Where terms overlap, the longest
     * wins: "EHC needs assessment" is one match, not also "EHC".
     */
    public List<Match> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        for (Recogniser recogniser : recognisers) {
            Matcher m = recogniser.pattern().matcher(text);
            while (m.find()) {
                found.add(new Match(recogniser.entry(), m.group(), m.start(), m.end()));
            }
        }
        return Phrases.withoutOverlaps(found, Match::start, Match::end);
    }

    /** The letters, A to Z, under which at least one term is listed. */
    public List<String> initials() {
        return entries.stream().map(GlossaryEntry::initial).distinct().toList();
    }

    @Override
    public String toString() {
        return "Glossary of " + entries.size() + " terms";
    }
}
