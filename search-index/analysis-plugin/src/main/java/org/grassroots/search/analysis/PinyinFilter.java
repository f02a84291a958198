package org.grassroots.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each token by its pinyin, in full ({@code 路灯} → {@code ludeng}) or by initials
 * ({@code ld}); offsets stay those of the Chinese text, so a highlight marks the
 * characters a pinyin query matched.
 */
final class PinyinFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final boolean initials;

	PinyinFilter(TokenStream input, boolean initials) {
		super(input);
		this.initials = initials;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		String converted = Pinyin.convert(this.term, this.initials);
		this.term.setEmpty().append(converted);
		return true;
	}

}
