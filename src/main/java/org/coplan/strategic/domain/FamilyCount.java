package org.coplan.strategic.domain;

/**
 * How many families an item came from, as the public sees it: the number, or "fewer than" the
 * smallest number shown when it is under it, so nobody can work out who raised it.
 */
public record FamilyCount(int families, int smallestShown) {

    public boolean shown() {
        return families >= smallestShown;
    }
}
