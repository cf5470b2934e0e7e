package io.github.sfperm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void joinReturnsWhatTheWorkReturned() throws Exception {
        Background<String> work = Background.start("test-work", () -> "done");
        assertThat(work.join(IOException.class)).isEqualTo("done");
    }

    @Test
    void joinThrowsTheCheckedExceptionTheWorkThrew() {
        Background<String> work = Background.start("test-work", () -> {
            throw new IOException("disk gone");
        });
        assertThatThrownBy(() -> work.join(IOException.class))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("disk gone");
    }

    @Test
    void joinThrowsAnUncheckedExceptionAsItIs() {
        Background<String> work = Background.start("test-work", () -> {
            throw new IllegalArgumentException("bad");
        });
        assertThatThrownBy(() -> work.join(IOException.class))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad");
    }

    @Test
    void mapInOrderKeepsTheOrderOfTheItemsAndUsesOtherThreads() throws Exception {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> squares = Background.mapInOrder(items, 16, RuntimeException.class, i -> {
            threads.add(Thread.currentThread().getName());
            return i * i;
        });
        assertThat(squares).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(squares.get(i)).isEqualTo(i * i);
        }
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(threads).contains(Thread.currentThread().getName(), "sfperm-worker");
        }
    }

    @Test
    void mapInOrderRunsSmallListsOnThisThreadAlone() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> out = Background.mapInOrder(List.of("a", "b", "c"), 64, RuntimeException.class, s -> {
            threads.add(Thread.currentThread().getName());
            return s.toUpperCase(java.util.Locale.ROOT);
        });
        assertThat(out).containsExactly("A", "B", "C");
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void mapInOrderOfNothingIsNothing() throws Exception {
        assertThat(Background.mapInOrder(List.<String>of(), 1, RuntimeException.class, s -> s))
                .isEmpty();
    }

    @Test
    void mapInOrderThrowsWhatTheFirstFailingItemInTheListThrew() {
        List<Integer> items = IntStream.range(0, 4_000).boxed().toList();
        // items 1,500 and 3,900 fail; on several threads the later one may fail first, but the earlier one is reported
        assertThatThrownBy(() -> Background.mapInOrder(items, 16, IOException.class, i -> {
                    if (i == 1_500 || i == 3_900) {
                        throw new IOException("item " + i);
                    }
                    return i;
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("item 1500");
    }
}
