package io.usercleanup.bundle.conformance;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The check fails on what it should, on class files written here with ASM. */
class ConformanceCheckerTest {
    private static final String SERVICE = "com/atlassian/x/Service";
    private static final String VALUE = "com/atlassian/x/Value";
    private static final String MODE = "com/atlassian/x/Mode";
    private static final String CALLBACK = "com/atlassian/x/Callback";

    private static final String FACTS = String.join("\n",
            "```facts",
            SERVICE + " | - | L" + SERVICE + "; | interface | CONFIRMED | x 1.0 | https://example.org/service |",
            SERVICE + " | find | (Ljava/lang/String;)L" + VALUE + "; | interface call | CONFIRMED | x 1.0 | https://example.org/service |",
            SERVICE + " | old | ()V | interface call | MISMATCH | x 1.0 | https://example.org/service | real: old()I",
            SERVICE + " | maybe | ()V | interface call | UNVERIFIED | - | - |",
            VALUE + " | - | L" + VALUE + "; | final class | CONFIRMED | x 1.0 | https://example.org/value |",
            VALUE + " | name | ()Ljava/lang/String; | virtual call | CONFIRMED | x 1.0 | https://example.org/value |",
            VALUE + " | DEFAULT | L" + VALUE + "; | enum constant | CONFIRMED | x 1.0 | https://example.org/value |",
            MODE + " | - | L" + MODE + "; | enum | CONFIRMED | x 1.0 | https://example.org/mode |",
            MODE + " | FAST | L" + MODE + "; | enum constant | CONFIRMED | x 1.0 | https://example.org/mode |",
            "```");

    private static Map<String, ApiFact> facts() {
        ApiFactsFile file = ApiFactsFile.parse(FACTS);
        assertThat(file.problems()).isEmpty();
        return file.facts();
    }

    /** A plugin class {@code io/usercleanup/Probe} whose method {@code probe()} has the given body. */
    private static byte[] pluginClass(String[] interfaces, Consumer<MethodVisitor> body) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "io/usercleanup/Probe", null, "java/lang/Object", interfaces);
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "probe", "(L" + SERVICE + ";)V", null, null);
        m.visitCode();
        body.accept(m);
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    private static ConformanceChecker.Result check(byte[] classFile) {
        HostReferenceScanner scanner = new HostReferenceScanner(
                HostReferenceScanner.underPrefixes(List.of("com/atlassian/")), name -> null);
        scanner.scan(classFile);
        return ConformanceChecker.check(facts(), scanner.references());
    }

    private static Consumer<MethodVisitor> call(int opcode, String owner, String name, String descriptor, boolean itf) {
        return m -> {
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitMethodInsn(opcode, owner, name, descriptor, itf);
            if (Type.getReturnType(descriptor).getSize() > 0) {
                m.visitInsn(Opcodes.POP);
            }
        };
    }

    @Test
    void aConformingClass_passes() {
        ConformanceChecker.Result result = check(pluginClass(null, m -> {
            call(Opcodes.INVOKEINTERFACE, SERVICE, "find", "(Ljava/lang/String;)L" + VALUE + ";", true).accept(m);
            m.visitFieldInsn(Opcodes.GETSTATIC, MODE, "FAST", "L" + MODE + ";");
            m.visitInsn(Opcodes.POP);
        }));

        assertThat(result.offenders()).isEmpty();
        assertThat(result.unused()).extracting(ApiFact::member).contains("old", "maybe", "name");
    }

    @Test
    void anUnknownMember_fails() {
        ConformanceChecker.Result result = check(pluginClass(null,
                call(Opcodes.INVOKEINTERFACE, SERVICE, "remove", "(Ljava/lang/String;)Z", true)));

        assertThat(result.offenders()).singleElement().asString()
                .startsWith("no fact for the member: " + SERVICE + ".remove(Ljava/lang/String;)Z [interface call]")
                .contains("io/usercleanup/Probe");
    }

    @Test
    void aMemberWithTheRightNameButAnotherDescriptor_fails() {
        ConformanceChecker.Result result = check(pluginClass(null,
                call(Opcodes.INVOKEINTERFACE, SERVICE, "find", "(Ljava/lang/Object;)L" + VALUE + ";", true)));

        assertThat(result.offenders()).anyMatch(o -> o.startsWith("no fact for the member: " + SERVICE + ".find(Ljava/lang/Object;)"));
    }

    @Test
    void aMismatch_fails() {
        ConformanceChecker.Result result = check(pluginClass(null, call(Opcodes.INVOKEINTERFACE, SERVICE, "old", "()V", true)));

        assertThat(result.offenders()).singleElement().asString().contains("is a MISMATCH (real: old()I)");
    }

    @Test
    void anUnverifiedFact_passes_butIsListed() {
        ConformanceChecker.Result result = check(pluginClass(null, call(Opcodes.INVOKEINTERFACE, SERVICE, "maybe", "()V", true)));

        assertThat(result.offenders()).isEmpty();
        assertThat(result.unverifiedInUse()).hasSize(1);
        assertThat(result.unverifiedInUse().keySet().iterator().next().member()).isEqualTo("maybe");
        assertThat(result.report()).contains("1 UNVERIFIED fact(s)", "maybe", "io/usercleanup/Probe");
    }

    @Test
    void invokevirtual_onAnInterface_fails() {
        ConformanceChecker.Result result = check(pluginClass(null,
                call(Opcodes.INVOKEVIRTUAL, SERVICE, "find", "(Ljava/lang/String;)L" + VALUE + ";", false)));

        assertThat(result.offenders())
                .anyMatch(o -> o.startsWith("linked as 'virtual call', but fact line") && o.contains("[interface call]"))
                .anyMatch(o -> o.startsWith("'virtual call' needs a class, the facts call the owner an interface"));
    }

    @Test
    void invokeinterface_onAClass_fails() {
        ConformanceChecker.Result result = check(pluginClass(null,
                call(Opcodes.INVOKEINTERFACE, VALUE, "name", "()Ljava/lang/String;", true)));

        assertThat(result.offenders())
                .anyMatch(o -> o.startsWith("'interface call' needs an interface, the facts call the owner a final class"));
    }

    @Test
    void anEnumConstant_ofANonEnum_fails() {
        ConformanceChecker.Result result = check(pluginClass(null, m -> {
            m.visitFieldInsn(Opcodes.GETSTATIC, VALUE, "DEFAULT", "L" + VALUE + ";");
            m.visitInsn(Opcodes.POP);
        }));

        assertThat(result.offenders()).anyMatch(o -> o.startsWith("an enum constant read from " + VALUE));
    }

    @Test
    void aLambdaOfAnUnknownFunctionalInterface_fails() {
        Handle metafactory = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;", false);
        Handle implementation = new Handle(Opcodes.H_INVOKESTATIC, "io/usercleanup/Probe", "lambda$0", "()V", false);
        ConformanceChecker.Result result = check(pluginClass(null, m -> {
            m.visitInvokeDynamicInsn("call", "()L" + CALLBACK + ";", metafactory,
                    Type.getType("()V"), implementation, Type.getType("()V"));
            m.visitInsn(Opcodes.POP);
        }));

        assertThat(result.offenders())
                .anyMatch(o -> o.startsWith("no fact for the type " + CALLBACK))
                .anyMatch(o -> o.startsWith("no fact for the member: " + CALLBACK + ".call()V [implemented]"));
    }

    @Test
    void aMethodReferenceToAnUnknownMember_fails() {
        Handle metafactory = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;", false);
        Handle reference = new Handle(Opcodes.H_INVOKEINTERFACE, SERVICE, "all", "()Ljava/util/List;", true);
        ConformanceChecker.Result result = check(pluginClass(null, m -> {
            m.visitInvokeDynamicInsn("get", "()Ljava/util/function/Supplier;", metafactory,
                    Type.getType("()Ljava/lang/Object;"), reference, Type.getType("()Ljava/util/List;"));
            m.visitInsn(Opcodes.POP);
        }));

        assertThat(result.offenders())
                .anyMatch(o -> o.startsWith("no fact for the member: " + SERVICE + ".all()Ljava/util/List; [interface method handle]"));
    }

    @Test
    void aPluginClassImplementingAClass_fails() {
        ConformanceChecker.Result result = check(pluginClass(new String[] {VALUE}, m -> { }));

        assertThat(result.offenders()).anyMatch(o -> o.startsWith("implements needs an interface, the facts call the owner a final class"));
    }

    @Test
    void anUnknownTypeInACatch_fails() {
        ConformanceChecker.Result result = check(pluginClass(null, m -> {
            org.objectweb.asm.Label start = new org.objectweb.asm.Label();
            org.objectweb.asm.Label end = new org.objectweb.asm.Label();
            org.objectweb.asm.Label handler = new org.objectweb.asm.Label();
            org.objectweb.asm.Label after = new org.objectweb.asm.Label();
            m.visitTryCatchBlock(start, end, handler, "com/atlassian/x/Failure");
            m.visitLabel(start);
            m.visitInsn(Opcodes.NOP);
            m.visitLabel(end);
            m.visitJumpInsn(Opcodes.GOTO, after);
            m.visitLabel(handler);
            m.visitInsn(Opcodes.POP);
            m.visitLabel(after);
        }));

        assertThat(result.offenders()).anyMatch(o -> o.startsWith("no fact for the type com/atlassian/x/Failure") && o.contains("[catch]"));
    }

    @Test
    void aMethodImplementingAHostInterface_needsAFact() {
        ClassWriter host = new ClassWriter(0);
        host.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT, SERVICE, null,
                "java/lang/Object", null);
        host.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "onEvent", "()V", null, null).visitEnd();
        host.visitEnd();
        byte[] hostClass = host.toByteArray();

        ClassWriter plugin = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        plugin.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "io/usercleanup/Listener", null, "java/lang/Object", new String[] {SERVICE});
        MethodVisitor m = plugin.visitMethod(Opcodes.ACC_PUBLIC, "onEvent", "()V", null, null);
        m.visitCode();
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 1);
        m.visitEnd();
        plugin.visitEnd();

        HostReferenceScanner scanner = new HostReferenceScanner(HostReferenceScanner.underPrefixes(List.of("com/atlassian/")),
                name -> name.equals(SERVICE) ? hostClass : null);
        scanner.scan(plugin.toByteArray());
        ConformanceChecker.Result result = ConformanceChecker.check(facts(), scanner.references());

        assertThat(scanner.problems()).isEmpty();
        assertThat(result.offenders()).singleElement().asString()
                .startsWith("no fact for the member: " + SERVICE + ".onEvent()V [implemented] in io/usercleanup/Listener");
    }

    @Test
    void aHostSupertypeWhoseClassFileIsMissing_isAProblem() {
        HostReferenceScanner scanner = new HostReferenceScanner(HostReferenceScanner.underPrefixes(List.of("com/atlassian/")),
                name -> null);
        scanner.scan(pluginClass(new String[] {SERVICE}, m -> { }));

        assertThat(scanner.problems()).singleElement().asString().contains("implements " + SERVICE);
    }
}
