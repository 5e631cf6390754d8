package org.coplan.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The GOV.UK pagination component's links: previous, next, and page numbers with the first,
 * the last and those around the current page; gaps shown as an ellipsis (number 0).
 */
public record Pagination(int current, int pages, String previous, String next, List<Item> items) {

    public record Item(int number, String href, boolean current) {
        public boolean ellipsis() {
            return number == 0;
        }

        /** The GOV.UK class for the item, beside govuk-pagination__item. */
        public String modifier() {
            return ellipsis() ? "govuk-pagination__item--ellipses" : current ? "govuk-pagination__item--current" : "";
        }
    }

    public static Pagination of(int current, int pages, IntFunction<String> href) {
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= 1) {
                if (last != 0 && n - last > 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(n, href.apply(n), n == current));
                last = n;
            }
        }
        return new Pagination(current, pages, current > 1 ? href.apply(current - 1) : null,
                current < pages ? href.apply(current + 1) : null, List.copyOf(items));
    }

    public boolean needed() {
        return pages > 1;
    }
}
