package dev.retort.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Copy-on-write helpers for the immutable lists of the schema model. */
final class Lists {

    private Lists() {}

    static <T> List<T> plus(List<T> list, T element) {
        List<T> result = new ArrayList<>(list);
        result.add(element);
        return result;
    }

    static <T> List<T> minus(List<T> list, Predicate<? super T> removed) {
        return list.stream().filter(removed.negate()).toList();
    }

    static <T> List<T> replaced(List<T> list, Predicate<? super T> which, UnaryOperator<T> change) {
        return list.stream().map(element -> which.test(element) ? change.apply(element) : element).toList();
    }
}
