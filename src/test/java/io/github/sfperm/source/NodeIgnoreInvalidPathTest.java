package io.github.sfperm.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** node-ignore's invalid-path test, written without a regular expression, answers as its regular expression does. */
class NodeIgnoreInvalidPathTest {

    /** node-ignore 5.3.2's REGEX_TEST_INVALID_PATH, /^\.*\/|^\.+$/, as Java reads it. */
    private static final Pattern NODE_IGNORE =
            Pattern.compile("^\\.*/|^\\.+\\z"); // JavaScript's $ (no m flag) is Java's \z

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                ".",
                "..",
                "...",
                "/",
                "./",
                "../",
                ".../x",
                "/abs",
                "./x",
                "../x",
                ".x",
                "..x",
                "x.",
                "x/.",
                "x/..",
                "a/b",
                ".forceignore",
                "force-app/main/.hidden",
                "a./b",
                ". /x",
                " ./x",
                ".\n",
                "..\n/x"
            })
    void answersAsNodeIgnoresRegularExpression(String path) {
        boolean expected = path.isEmpty() || NODE_IGNORE.matcher(path).find();
        assertThat(NodeIgnore.isInvalidPath(path)).as("[%s]", path).isEqualTo(expected);
    }

    @Test
    void aRelativePathIsValid() {
        assertThat(NodeIgnore.isInvalidPath("force-app/main/default/classes/A.cls"))
                .isFalse();
    }
}
