package org.coplan.cases;

import java.util.List;

/**
 * The questions of the child's "my views" page, one a screen, in the order they are asked. Each
 * offers choices with a picture (Twemoji, CC BY 4.0, see {@code static/coplan/pictures/LICENSE.txt}),
 * a face scale, or only room for the child's own words, and feeds one part of "All about me".
 */
public enum MyVoiceQuestion {
    LIKE_DOING(Kind.CHOICES, AboutMePart.LIKE_AND_ADMIRE, List.of(
            new Choice("DRAWING", "1f3a8"), new Choice("MUSIC", "1f3b5"), new Choice("SPORT", "26bd"),
            new Choice("BOOKS", "1f4da"), new Choice("GAMES", "1f3ae"), new Choice("OUTSIDE", "1f333"),
            new Choice("ANIMALS", "1f436"))),
    PEOPLE_LIKE(Kind.CHOICES, AboutMePart.LIKE_AND_ADMIRE, List.of(
            new Choice("KIND", "1f49b"), new Choice("FUNNY", "1f602"), new Choice("HELPFUL", "1f91d"),
            new Choice("GOOD_FRIEND", "1f46b"), new Choice("IDEAS", "1f4a1"), new Choice("BRAVE", "1f981"))),
    IMPORTANT(Kind.CHOICES, AboutMePart.IMPORTANT_TO_ME, List.of(
            new Choice("FAMILY", "1f46a"), new Choice("FRIENDS", "1f465"), new Choice("PETS", "1f431"),
            new Choice("MY_THINGS", "1f9f8"), new Choice("SAME_EVERY_DAY", "1f550"), new Choice("HOME", "1f3e0"))),
    HELPS(Kind.CHOICES, AboutMePart.HOW_TO_SUPPORT_ME, List.of(
            new Choice("QUIET", "1f92b"), new Choice("BREAK", "23f8"), new Choice("PICTURES", "1f5bc"),
            new Choice("SOMEONE_HELPS", "1f64b"), new Choice("MORE_TIME", "23f3"), new Choice("MOVING", "1f3c3"))),
    HARD(Kind.CHOICES, AboutMePart.HOW_TO_SUPPORT_ME, List.of(
            new Choice("NOISE", "1f50a"), new Choice("CROWDS", "1f465"), new Choice("CHANGES", "1f500"),
            new Choice("WRITING", "270f"), new Choice("WAITING", "231b"))),
    SCHOOL_FEELS(Kind.FACES, AboutMePart.IMPORTANT_TO_ME, List.of()),
    WANT(Kind.WORDS, AboutMePart.IMPORTANT_TO_ME, List.of());

    /** How the question is answered (every question also has room for the child's own words). */
    public enum Kind {
        CHOICES,
        FACES,
        WORDS
    }

    /** One thing to choose, with the file name of its picture under {@code /coplan/pictures/}. */
    public record Choice(String code, String picture) {}

    /** The face scale, from 1 (very unhappy) to 5 (very happy), with the picture of each face. */
    public static final List<Choice> FACES = List.of(
            new Choice("1", "1f622"), new Choice("2", "1f641"), new Choice("3", "1f610"), new Choice("4", "1f642"),
            new Choice("5", "1f604"));

    private final Kind kind;
    private final AboutMePart part;
    private final List<Choice> choices;

    MyVoiceQuestion(Kind kind, AboutMePart part, List<Choice> choices) {
        this.kind = kind;
        this.part = part;
        this.choices = choices;
    }

    public Kind kind() {
        return kind;
    }

    /** The part of "All about me" these words belong to. */
    public AboutMePart part() {
        return part;
    }

    public List<Choice> choices() {
        return kind == Kind.FACES ? FACES : choices;
    }

    /** The number of the screen, counting from 1. */
    public int number() {
        return ordinal() + 1;
    }

    public static MyVoiceQuestion numbered(int number) {
        return number < 1 || number > values().length ? null : values()[number - 1];
    }

    public boolean offers(String code) {
        return choices().stream().anyMatch(c -> c.code().equals(code));
    }
}
