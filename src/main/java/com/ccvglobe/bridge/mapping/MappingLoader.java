package com.ccvglobe.bridge.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the shipped default mapping ({@code classpath:mapping/default-mapping.yaml}) and lays the user's file
 * over it, then reads and validates the result. Plain Java: usable without the application running.
 */
public final class MappingLoader {

    public static final String DEFAULT_RESOURCE = "mapping/default-mapping.yaml";
    static final String DEFAULT_NAME = "default-mapping.yaml";

    private MappingLoader() {
    }

    /** The default mapping alone. */
    public static Mapping loadDefault() {
        return load(Optional.empty());
    }

    /**
     * @throws MappingException when either file is invalid; the message names file, line and key
     */
    public static Mapping load(Optional<Path> userFile) {
        YamlDocument merged = LocatedYamlReader.read(DEFAULT_NAME, defaultText());
        List<String> files = new ArrayList<>(List.of("classpath:" + DEFAULT_RESOURCE));
        if (userFile.isPresent()) {
            Path path = userFile.get();
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MappingException(new MappingProblem(path.toString(), 0, "", "cannot be read: " + e));
            }
            merged = MappingLayers.over(merged, LocatedYamlReader.read(path.toString(), text));
            files.add(path.toString());
        }
        return MappingReader.read(merged, files);
    }

    private static String defaultText() {
        try (InputStream in = MappingLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(DEFAULT_RESOURCE + " cannot be read", e);
        }
    }
}
