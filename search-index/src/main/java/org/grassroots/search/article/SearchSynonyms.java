package org.grassroots.search.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The synonym rules, read from the configured file or the reviewed one shipped with the
 * application: one rule a line, {@code #} starts a comment.
 */
@Component
@EnableConfigurationProperties(SearchProperties.class)
public class SearchSynonyms {

	private final SearchProperties properties;

	SearchSynonyms(SearchProperties properties) {
		this.properties = properties;
	}

	/**
	 * The rules as the file holds them now.
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public List<String> rules() {
		Path file = this.properties.synonymsFile();
		try (InputStream rules = (file != null) ? Files.newInputStream(file)
				: new ClassPathResource("search/synonyms.txt").getInputStream()) {
			return new String(rules.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the synonym rules" + ((file != null) ? " at " + file : ""), ex);
		}
	}

	/** The rules as the analysis settings' JSON list. */
	static String json(List<String> rules) {
		StringBuilder json = new StringBuilder("[");
		for (String rule : rules) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"');
			rule.chars().forEach((c) -> {
				if (c == '"' || c == '\\') {
					json.append('\\').append((char) c);
				}
				else if (c < 0x20) {
					json.append("\\u%04x".formatted(c));
				}
				else {
					json.append((char) c);
				}
			});
			json.append('"');
		}
		return json.append(']').toString();
	}

}
