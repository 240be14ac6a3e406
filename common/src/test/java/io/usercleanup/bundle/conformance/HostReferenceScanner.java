package io.usercleanup.bundle.conformance;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Collects, from class files, every reference to a host type or member: calls and field accesses
 * with the instruction that links them, type uses (new, casts, instanceof, constants, supertypes,
 * descriptors, throws clauses, exception handlers, annotations), lambdas and method references
 * (the implementation handle and the interface they implement), and the plugin methods that
 * implement a host interface or override a host class.
 *
 * <p>Generic signatures and debug tables are not read: the JVM never links them.
 */
public final class HostReferenceScanner {
    private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";

    private final Predicate<String> isHost;
    private final Function<String, byte[]> hostClassFiles;
    private final Set<HostReference> references = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param isHost         whether an internal name is a host type whose references are collected
     * @param hostClassFiles the class file of a host type as the plugin was compiled against it, or
     *                       null; needed to tell which plugin methods implement a host interface
     */
    public HostReferenceScanner(Predicate<String> isHost, Function<String, byte[]> hostClassFiles) {
        this.isHost = isHost;
        this.hostClassFiles = hostClassFiles;
    }

    /** Whether a name is under one of the host package prefixes (JVM form, e.g. {@code com/atlassian/}). */
    public static Predicate<String> underPrefixes(List<String> prefixes) {
        return name -> prefixes.stream().anyMatch(name::startsWith);
    }

    public void scan(byte[] classFile) {
        new ClassReader(classFile).accept(new Collector(), ClassReader.SKIP_DEBUG);
    }

    public Set<HostReference> references() {
        return references;
    }

    /** Host supertypes whose class files were not available, so their implemented methods are unknown. */
    public List<String> problems() {
        return problems;
    }

    private final class Collector extends ClassVisitor {
        private String className;
        private String superName;
        private final List<String> interfaces = new ArrayList<>();
        private final Set<String> methods = new HashSet<>();

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.className = name;
            this.superName = superName;
            if (superName != null) {
                type(superName, LinkKind.SUPERCLASS, "class");
            }
            for (String i : interfaces == null ? new String[0] : interfaces) {
                this.interfaces.add(i);
                type(i, LinkKind.IMPLEMENTS, "class");
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(descriptor, "class");
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
            return annotation(descriptor, "class");
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            String where = "field " + name;
            descriptorTypes(descriptor, where);
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String d, boolean visible) {
                    return annotation(d, where);
                }

                @Override
                public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String d, boolean visible) {
                    return annotation(d, where);
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            String where = name + descriptor;
            if ((access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !name.startsWith("<")) {
                methods.add(name + descriptor);
            }
            descriptorTypes(descriptor, where);
            for (String e : exceptions == null ? new String[0] : exceptions) {
                type(e, LinkKind.THROWS, where);
            }
            return new Instructions(where);
        }

        @Override
        public void visitEnd() {
            if (superName != null && isHost.test(superName)) {
                implementedBy(superName, LinkKind.OVERRIDDEN, new HashSet<>());
            }
            for (String i : interfaces) {
                if (isHost.test(i)) {
                    implementedBy(i, LinkKind.IMPLEMENTED, new HashSet<>());
                }
            }
        }

        /** The plugin methods that override or implement a method declared by a host type or its host supertypes. */
        private void implementedBy(String hostType, LinkKind link, Set<String> seen) {
            if (!seen.add(hostType)) {
                return;
            }
            byte[] bytes = hostClassFiles.apply(hostType);
            if (bytes == null) {
                problems.add(className + " extends or implements " + hostType
                        + ", whose class file is not available to tell which of its methods the plugin implements");
                return;
            }
            List<String> supertypes = new ArrayList<>();
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                    if (superName != null && isHost.test(superName)) {
                        supertypes.add(superName);
                    }
                    for (String i : interfaces == null ? new String[0] : interfaces) {
                        if (isHost.test(i)) {
                            supertypes.add(i);
                        }
                    }
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    boolean overridable = (access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) == 0
                            && !name.startsWith("<");
                    if (overridable && methods.contains(name + descriptor)) {
                        references.add(new HostReference(hostType, name, descriptor, link, className, name + descriptor));
                    }
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            for (String s : supertypes) {
                implementedBy(s, link, seen);
            }
        }

        private final class Instructions extends MethodVisitor {
            private final String where;

            Instructions(String where) {
                super(Opcodes.ASM9);
                this.where = where;
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                return annotation(descriptor, where);
            }

            @Override
            public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
                return annotation(descriptor, where);
            }

            @Override
            public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
                return annotation(descriptor, where);
            }

            @Override
            public AnnotationVisitor visitAnnotationDefault() {
                return annotationValues(where);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                LinkKind link = switch (opcode) {
                    case Opcodes.NEW -> LinkKind.NEW;
                    case Opcodes.ANEWARRAY -> LinkKind.NEW_ARRAY;
                    case Opcodes.CHECKCAST -> LinkKind.CHECKCAST;
                    default -> LinkKind.INSTANCEOF;
                };
                typeOrArray(type, link, where);
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
                descriptorTypes(descriptor, where, LinkKind.NEW_ARRAY);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                LinkKind link = switch (opcode) {
                    case Opcodes.GETSTATIC -> LinkKind.GETSTATIC;
                    case Opcodes.PUTSTATIC -> LinkKind.PUTSTATIC;
                    case Opcodes.GETFIELD -> LinkKind.GETFIELD;
                    default -> LinkKind.PUTFIELD;
                };
                member(owner, name, descriptor, link, where);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                LinkKind link = switch (opcode) {
                    case Opcodes.INVOKEINTERFACE -> LinkKind.INVOKEINTERFACE;
                    case Opcodes.INVOKEVIRTUAL -> LinkKind.INVOKEVIRTUAL;
                    case Opcodes.INVOKESTATIC -> isInterface ? LinkKind.INVOKESTATIC_INTERFACE : LinkKind.INVOKESTATIC;
                    default -> "<init>".equals(name) ? LinkKind.CONSTRUCTOR : LinkKind.INVOKESPECIAL;
                };
                member(owner, name, descriptor, link, where);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                descriptorTypes(descriptor, where);
                handle(bootstrap, where);
                boolean lambda = LAMBDA_METAFACTORY.equals(bootstrap.getOwner()) && arguments.length >= 3;
                if (lambda) {
                    String samType = Type.getReturnType(descriptor).getInternalName();
                    String samDescriptor = ((Type) arguments[0]).getDescriptor();
                    if (isHost.test(samType)) {
                        type(samType, LinkKind.SAM_TYPE, where);
                        references.add(new HostReference(samType, name, samDescriptor, LinkKind.IMPLEMENTED, className,
                                where + ", lambda or method reference"));
                    }
                }
                for (Object argument : arguments) {
                    constant(argument, where);
                }
            }

            @Override
            public void visitLdcInsn(Object value) {
                constant(value, where);
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type != null) {
                    type(type, LinkKind.CATCH, where);
                }
            }

            @Override
            public AnnotationVisitor visitInsnAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
                return annotation(descriptor, where);
            }

            @Override
            public AnnotationVisitor visitTryCatchAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
                return annotation(descriptor, where);
            }
        }

        private void constant(Object value, String where) {
            if (value instanceof Type t) {
                if (t.getSort() == Type.METHOD) {
                    descriptorTypes(t.getDescriptor(), where);
                } else {
                    descriptorTypes(t.getDescriptor(), where, LinkKind.LDC);
                }
            } else if (value instanceof Handle h) {
                handle(h, where);
            } else if (value instanceof ConstantDynamic c) {
                descriptorTypes(c.getDescriptor(), where);
                handle(c.getBootstrapMethod(), where);
                for (int i = 0; i < c.getBootstrapMethodArgumentCount(); i++) {
                    constant(c.getBootstrapMethodArgument(i), where);
                }
            }
        }

        private void handle(Handle h, String where) {
            LinkKind link = switch (h.getTag()) {
                case Opcodes.H_INVOKEINTERFACE -> LinkKind.HANDLE_INTERFACE;
                case Opcodes.H_INVOKEVIRTUAL -> LinkKind.HANDLE_VIRTUAL;
                case Opcodes.H_INVOKESTATIC -> LinkKind.HANDLE_STATIC;
                case Opcodes.H_NEWINVOKESPECIAL -> LinkKind.HANDLE_CONSTRUCTOR;
                case Opcodes.H_INVOKESPECIAL -> LinkKind.HANDLE_SPECIAL;
                default -> LinkKind.HANDLE_FIELD;
            };
            member(h.getOwner(), h.getName(), h.getDesc(), link, where);
        }

        private AnnotationVisitor annotation(String descriptor, String where) {
            descriptorTypes(descriptor, where, LinkKind.ANNOTATION);
            return annotationValues(where);
        }

        private AnnotationVisitor annotationValues(String where) {
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String name, Object value) {
                    if (value instanceof Type t) {
                        descriptorTypes(t.getDescriptor(), where, LinkKind.ANNOTATION_VALUE);
                    }
                }

                @Override
                public void visitEnum(String name, String descriptor, String value) {
                    descriptorTypes(descriptor, where, LinkKind.ANNOTATION_VALUE);
                    Type t = Type.getType(descriptor);
                    if (isHost.test(t.getInternalName())) {
                        references.add(new HostReference(t.getInternalName(), value, descriptor, LinkKind.GETSTATIC,
                                className, where + ", annotation value"));
                    }
                }

                @Override
                public AnnotationVisitor visitAnnotation(String name, String descriptor) {
                    return annotation(descriptor, where);
                }

                @Override
                public AnnotationVisitor visitArray(String name) {
                    return this;
                }
            };
        }

        private void member(String owner, String name, String descriptor, LinkKind link, String where) {
            descriptorTypes(descriptor, where);
            String ownerType = owner.startsWith("[") ? elementType(Type.getType(owner)) : owner;
            if (ownerType == null) {
                return;
            }
            if (isHost.test(ownerType)) {
                type(ownerType, LinkKind.DESCRIPTOR, where);
                if (!owner.startsWith("[")) {
                    references.add(new HostReference(owner, name, descriptor, link, className, where));
                }
            }
        }

        private void typeOrArray(String internalNameOrArray, LinkKind link, String where) {
            if (internalNameOrArray.startsWith("[")) {
                descriptorTypes(internalNameOrArray, where, link);
            } else {
                type(internalNameOrArray, link, where);
            }
        }

        private void descriptorTypes(String descriptor, String where) {
            descriptorTypes(descriptor, where, LinkKind.DESCRIPTOR);
        }

        private void descriptorTypes(String descriptor, String where, LinkKind link) {
            Type t = Type.getType(descriptor);
            if (t.getSort() == Type.METHOD) {
                for (Type argument : t.getArgumentTypes()) {
                    String name = elementType(argument);
                    if (name != null) {
                        type(name, link, where);
                    }
                }
                String name = elementType(t.getReturnType());
                if (name != null) {
                    type(name, link, where);
                }
            } else {
                String name = elementType(t);
                if (name != null) {
                    type(name, link, where);
                }
            }
        }

        private void type(String internalName, LinkKind link, String where) {
            if (isHost.test(internalName)) {
                references.add(new HostReference(internalName, HostReference.TYPE, "L" + internalName + ";", link,
                        className, where));
            }
        }
    }

    /** The class an object or array type names, or null for primitives. */
    private static String elementType(Type t) {
        Type element = t.getSort() == Type.ARRAY ? t.getElementType() : t;
        return element.getSort() == Type.OBJECT ? element.getInternalName() : null;
    }
}
