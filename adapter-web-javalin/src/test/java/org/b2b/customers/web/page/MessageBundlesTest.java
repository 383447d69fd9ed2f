package org.b2b.customers.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' words: both languages have every message, every message is used, and no template writes a word of
 * its own instead of a message.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path SOURCES = Path.of("src/main/java/org/b2b/customers/web");
    private static final Pattern QUOTED = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_.-]*)\"");

    @Test
    void english_and_german_have_the_same_messages() throws IOException {
        assertThat(keys("de")).isEqualTo(keys("en"));
    }

    @Test
    void every_message_is_used_by_a_template_or_a_page_by_its_key_or_by_the_family_its_key_is_made_in()
            throws IOException {
        Set<String> quoted = quotedIn(TEMPLATES, ".jte");
        quoted.addAll(quotedIn(SOURCES, ".java"));

        List<String> unused = keys("en").stream().filter(key -> !usedIn(key, quoted)).toList();

        assertThat(unused).isEmpty();
    }

    @Test
    void templates_hold_no_words_of_their_own() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                String name = TEMPLATES.relativize(file).toString();
                assertThat(visibleText(Files.readString(file))).as(name).doesNotContainPattern("\\p{L}{2,}");
            }
        }
    }

    /** A key is used when it is quoted whole, or a prefix of it ending in a dot is (a status, a tab, a plural). */
    private static boolean usedIn(String key, Set<String> quoted) {
        if (quoted.contains(key)) {
            return true;
        }
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            String prefix = key.substring(0, dot);
            if (quoted.contains(prefix + ".") || quoted.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The text between tags, once code, expressions, directives and comments are taken out. */
    private static String visibleText(String template) {
        String text = template.replaceAll("(?s)<%--.*?--%>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)!\\{.*?}", " ")
                .replaceAll("\\$unsafe\\{[^}]*}", " ");
        text = removeExpressions(text);
        // Directives, and the further lines of a template call, which name its parameters ("label = …").
        text = text.replaceAll("(?m)^\\s*@.*$", " ").replaceAll("(?m)^\\s*[a-zA-Z]+ = .*$", " ")
                .replaceAll("@(if|for)\\([^)]*\\)|@endif|@endfor|@else", " ").replaceAll("(?s)<[^>]*>", " ").replaceAll("`\\)", " ");
        return text.replaceAll("&[a-z]+;", " ");
    }

    /** Removes {@code ${…}} with nested braces and parentheses. */
    private static String removeExpressions(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("${", i)) {
                int depth = 0;
                int j = i + 1;
                for (; j < text.length(); j++) {
                    char c = text.charAt(j);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}' && --depth == 0) {
                        break;
                    }
                }
                out.append(' ');
                i = j + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static Set<String> quotedIn(Path directory, String extension) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            Set<String> quoted = new TreeSet<>();
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                Matcher matcher = QUOTED.matcher(Files.readString(file));
                while (matcher.find()) {
                    quoted.add(matcher.group(1));
                }
            }
            return quoted;
        }
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
