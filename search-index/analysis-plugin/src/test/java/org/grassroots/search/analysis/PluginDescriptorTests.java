package org.grassroots.search.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluginDescriptorTests {

	@Test
	void everyNamedComponentIsDeclaredInTheComponentsFile() throws IOException {
		String declared = Files.readString(Path.of("src/main/plugin/named_components.json"));
		List<Class<?>> components = List.of(SmartChineseAnalyzerFactory.class, CjkBigramAnalyzerFactory.class,
				SmartChineseTokenizerFactory.class, SuggestAnalyzerFactory.class, SuggestPinyinAnalyzerFactory.class,
				SuggestInitialsAnalyzerFactory.class, PrefixQueryAnalyzerFactory.class,
				PinyinQueryAnalyzerFactory.class, PinyinBigramAnalyzerFactory.class, SmartChineseFiltersFactory.class,
				SynonymsFactory.class, SimplifiedCharFilterFactory.class);
		for (Class<?> component : components) {
			String name = component.getAnnotation(NamedComponent.class).value();
			assertThat(declared).contains("\"" + name + "\": \"" + component.getName() + "\"");
		}
	}

}
