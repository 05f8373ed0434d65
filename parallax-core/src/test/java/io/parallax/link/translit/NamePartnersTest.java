package io.parallax.link.translit;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamePartnersTest {

    @Test
    void keepsTheMostFrequentLatinWordsOfEachWordInSimplifiedCharacters() throws IOException {
        NamePartners.Builder b = new NamePartners.Builder();
        b.add(List.of(pair("trump", "特朗普"), pair("trump", "特朗普"), pair("tromp", "特朗普"),
                pair("deal", "迪爾"), pair("dill", "迪尔"), pair("dill", "迪尔"), pair("a", "阿"), pair("b", "阿"),
                pair("c", "阿"), pair("d", "阿"), pair("john smith", "约翰 史密斯")));
        NamePartners p = b.build();
        assertThat(p.of("特朗普")).containsExactly("trump", "tromp");
        assertThat(p.of("迪尔")).as("traditional 迪爾 counted with it").containsExactly("dill", "deal");
        assertThat(p.of("阿")).hasSize(NamePartners.MAX_PARTNERS);
        assertThat(p.of("约翰史密斯")).as("word for word: no phrases").isEmpty();
        assertThat(p.of("拜登")).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.write(out);
        NamePartners back = NamePartners.read(new ByteArrayInputStream(out.toByteArray()), "test");
        assertThat(back.size()).isEqualTo(p.size());
        assertThat(back.of("迪尔")).containsExactly("dill", "deal");
    }

    @Test
    void refusesAFileOfAnotherKind() {
        byte[] notGzip = "word\tlatin\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NamePartners.read(new ByteArrayInputStream(notGzip), "x"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void theShippedChinesePartnersAreThere() {
        assertThat(NamePartners.loadResource("chinese").of("特朗普")).contains("trump");
        assertThat(NamePartners.loadResource("russian").of("джонсон")).contains("johnson");
        assertThat(NamePartners.normalise(new io.parallax.link.Romanizer(), "Джонсон")).isEqualTo("джонсон");
        assertThat(NamePartners.loadResource("no-such-script").size()).isZero();
    }

    private static TranslitPair pair(String latin, String other) {
        return new TranslitPair(latin, other.replace(" ", ""), true);
    }
}
