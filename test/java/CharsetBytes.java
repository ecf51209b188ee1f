// The JDK's own encoders for LianLian's charset_name values, used by test/crypto/charset.test.ts
// to check the runtime's GB encoding (iconv-lite plus its checks) against code it does not share.
// Run as a single-file program (Java 11+):
//
//   java CharsetBytes.java CHARSET TEXT_FILE   -> one line per line of TEXT_FILE (UTF-8):
//                                                 the hex of its bytes in CHARSET, or "unmappable"
//
// A line is unmappable when the JDK's strict encoder refuses it (it would write '?').

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

public class CharsetBytes {
  public static void main(String[] args) throws Exception {
    Charset charset = Charset.forName(args[0]);
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      CharsetEncoder encoder = charset.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      try {
        var bytes = encoder.encode(CharBuffer.wrap(line));
        StringBuilder hex = new StringBuilder();
        while (bytes.hasRemaining()) hex.append(String.format("%02x", bytes.get()));
        System.out.println(hex);
      } catch (CharacterCodingException e) {
        System.out.println("unmappable");
      }
    }
  }
}
