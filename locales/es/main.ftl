## pocdir — catálogo en español. Todas las cadenas visibles para el usuario figuran aquí.

app-name = Directorio de Puntos de Contacto
footer-text = Directorio mundial intergubernamental de puntos de contacto sobre la seguridad de las tecnologías de la información y las comunicaciones (TIC) y de su uso. El acceso a los datos de contacto está restringido a los Estados participantes.
demo-banner = Demostración: todos los contactos de los Estados que figuran aquí son ficticios.

## Navegación
nav-skip = Ir al contenido
nav-label = Principal
nav-home = Inicio
nav-join = Solicitar acceso
nav-login = Iniciar sesión
nav-logout = Cerrar sesión
nav-directory = Directorio
nav-custodian = Panel del custodio
nav-my-state = Mi Estado
nav-account = Mi cuenta
nav-outbox = Abrir la bandeja de salida de demostración
language-choose = Idioma:

## Términos comunes
all = Todos
choose = Elija…
back = Volver
save = Guardar
next = Siguiente
previous = Anterior
page-of = Página { $page } de { $pages }
pagination = Páginas
search-submit = Buscar

## Inicio (PUB-1)
home-title = Puntos de contacto para la seguridad de las TIC
home-lead = Cuando un incidente relacionado con las TIC amenaza las relaciones entre Estados, se puede contactar en cuestión de minutos con la persona adecuada del otro Estado, por un canal en el que ambos confían, y el intercambio queda registrado.
home-mandate-title = Mandato
home-mandate-1 = Los Estados Miembros de las Naciones Unidas acordaron establecer un directorio mundial intergubernamental de puntos de contacto como medida de fomento de la confianza. Su utilización es voluntaria.
home-mandate-2 = Cada Estado participante designa puntos de contacto diplomáticos y técnicos. El custodio verifica cada designación y cada actualización por conducto de la Misión Permanente del Estado antes de publicarla.
home-mandate-3 = Las comprobaciones periódicas de la comunicación permiten verificar que cada contacto responde. El directorio complementa los canales regionales y bilaterales existentes, sin sustituirlos.
home-participation-title = Participación
home-participating = Estados participantes
home-threshold = Estados necesarios para que la red sea operativa
home-progress = { $count } de los { $threshold } Estados necesarios para que la red sea operativa
home-operational = La red es operativa.
home-not-operational = { $missing ->
    [one] Se necesita un Estado más para que la red sea operativa.
   *[other] Se necesitan { $missing } Estados más para que la red sea operativa.
}
home-states-list = Estados participantes
home-join-title = Cómo participar
home-join-text = La Misión Permanente del Estado ante las Naciones Unidas solicita el acceso. El custodio verifica la solicitud con la Misión y, a continuación, invita al administrador nacional designado por el Estado.
home-no-contacts = Los datos de contacto nunca se publican en las páginas públicas.

## Solicitud de acceso (ACC-1)
join-title = Solicitar acceso para su Estado
join-lead = Este formulario está destinado a las Misiones Permanentes. El custodio verificará la solicitud con su Misión antes de conceder el acceso.
join-submit = Enviar la solicitud
join-done-title = Solicitud recibida
join-done-body = Gracias. El custodio verificará la solicitud con su Misión Permanente y, a continuación, enviará una invitación al administrador nacional designado.
field-state = Estado
field-requester-name = Su nombre
field-requester-title = Su cargo y Misión
hint-requester-title = Por ejemplo: Primer Secretario, Misión Permanente de … ante las Naciones Unidas en Nueva York
field-official-email = Dirección de correo electrónico oficial
hint-official-email = La invitación para su administrador nacional se enviará a esta dirección.
field-note-verbale-ref = Referencia de la nota verbal
hint-note-verbale-ref = Número de la nota verbal mediante la cual su Misión designa a su administrador nacional.
field-message = Mensaje (opcional)

## Inicio de sesión (ACC-3)
login-title = Iniciar sesión
login-submit = Continuar
login-help = ¿Ha perdido su autenticador? Utilice uno de sus códigos de recuperación en el paso siguiente o diríjase a su administrador nacional.
field-email = Dirección de correo electrónico
field-password = Contraseña
code-title = Segundo factor
code-lead = Introduzca el código de seis dígitos de su aplicación de autenticación o uno de sus códigos de recuperación.
code-submit = Iniciar sesión
field-code = Código
hint-code = Seis dígitos o un código de recuperación, como ABCD-EFGH-IJKL-MNOP-QRST.

## Invitación y registro
invitation-title = Configure su cuenta
invitation-lead = Elija una contraseña para su cuenta. El segundo factor es obligatorio y se configura a continuación.
invitation-submit = Guardar la contraseña
field-name = Nombre
field-new-password = Nueva contraseña
field-confirm-password = Repita la contraseña
hint-password = Al menos { $min } caracteres. Se recomienda una frase de contraseña larga; no es necesario utilizar caracteres especiales. No se aceptan contraseñas comunes o que hayan sido filtradas.
totp-title = Segundo factor
totp-lead = Todas las cuentas están protegidas por un segundo factor. Configure ahora una aplicación de autenticación.
totp-step-1 = Abra una aplicación de autenticación en su teléfono (por ejemplo, FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator).
totp-step-2 = Escanee este código con la aplicación.
totp-qr-label = Código QR de la clave secreta de su autenticador
totp-manual = O introduzca esta clave manualmente:
totp-step-3 = Introduzca el código de seis dígitos que muestra la aplicación.
totp-submit = Confirmar
recovery-title = Códigos de recuperación
recovery-enrolled = Su segundo factor está configurado y ha iniciado sesión.
recovery-lead = Guarde estos códigos en un lugar seguro. Si pierde su teléfono, cada código puede utilizarse una sola vez en lugar de un código de su aplicación.
recovery-warning = Solo se muestran en este momento. Si genera nuevos códigos, estos quedarán anulados.
recovery-continue = Continuar al directorio

## Cuenta (ACC-4)
account-title = Mi cuenta
account-sessions = Sesiones iniciadas
account-this-session = esta sesión
account-revoke = Cerrar esa sesión
account-recovery = Códigos de recuperación
account-codes-left = Códigos de recuperación sin utilizar: { $count }
account-new-codes = Generar nuevos códigos de recuperación

## Tablas
col-device = Dispositivo
col-address = Dirección
col-signed-in = Inicio de sesión
col-last-seen = Última actividad
col-actions = Acciones
col-field = Campo
col-before = Antes
col-after = Después
col-change = Cambio
col-submitted = Presentado
col-status = Situación
col-role = Función
col-when = Fecha
col-actor = Autor
col-action = Acción
col-target = Objeto
col-detail = Detalle
col-to = Destinatario
col-subject = Asunto

## Directorio (DIR-8, DIR-9)
directory-title = Directorio
directory-count = { $count ->
    [one] Se ha encontrado un contacto.
   *[other] Se han encontrado { $count } contactos.
}
directory-count-more = Se han encontrado más de { $count } contactos: afine la búsqueda.
directory-empty = Ningún contacto coincide con estos filtros.
directory-matching-states = Estados que coinciden con su búsqueda:
field-search = Nombre o entidad, en cualquier sistema de escritura
field-region = Región
field-language = Idioma
hint-language-code = Un idioma, por ejemplo, francés o fr
export-label = Exportar:
export-print = Página para imprimir
print-title = Directorio de Puntos de Contacto
print-generated = { $count ->
    [one] Impreso el { $when }; un contacto.
   *[other] Impreso el { $when }; { $count } contactos.
}
print-confidential = Para uso exclusivo de los Estados participantes. No lo comparta más allá de las personas que necesiten conocerlo.

## Entradas (DIR-3, DIR-4, DIR-7)
field-poc-type = Tipo de contacto
field-entity = Entidad o institución
field-entity-en = Entidad, traducción no oficial al inglés
field-person-name = Persona designada
field-position = Cargo
field-position-en = Cargo, traducción no oficial al inglés
field-emails = Direcciones de correo electrónico
field-phones = Números de teléfono
field-phones-24-7 = Números de teléfono disponibles las 24 horas, todos los días
field-languages = Idiomas de trabajo
field-timezone = Huso horario
field-hours = Horario de disponibilidad
field-web = Página web
field-pgp-fingerprint = Huella digital de la clave OpenPGP
field-regional = También designado en
field-submission-language = Idioma de esta entrada
field-notes = Observaciones
field-notes-en = Observaciones, traducción no oficial al inglés
field-last-confirmed = Última confirmación
field-local-time = Hora local actual
field-effective-from = Fecha en que el cambio surtió efecto
field-on-behalf-ref = Referencia de la solicitud escrita del Estado
field-id = Identificador
hint-entity = Basta con indicar una entidad para que la entrada sea válida; el nombre de una persona es opcional.
hint-translation = Opcional. Se muestra identificada como traducción no oficial.
hint-person = Opcional.
hint-emails = Una dirección por línea. Se aceptan direcciones genéricas, como cert@….
hint-phones = Un número por línea, en formato internacional, por ejemplo, +41 22 917 1234. Añada “24/7” al final de los números disponibles las 24 horas del día, todos los días.
hint-languages = Por su nombre o su código ISO 639, separados por comas, por ejemplo, portugués, suajili o pt, sw
field-other-languages = Otros idiomas
hint-timezone = Escriba la ciudad o el país y elija en la lista.
hint-hours = Por ejemplo: de lunes a viernes, de 09:00 a 18:00, o 24/7.
hint-pgp = 40 o 64 caracteres hexadecimales. Opcional.
hint-submission-language = Uno de los seis idiomas oficiales de las Naciones Unidas.
hint-effective-from = Opcional. Los cambios deben notificarse en un plazo de 30 días a partir de la fecha en que surtan efecto.
hint-on-behalf-ref = Está introduciendo este cambio en nombre del Estado: indique la referencia de la nota verbal correspondiente.
un-language-ar = Árabe
un-language-zh = Chino
un-language-en = Inglés
un-language-fr = Francés
un-language-ru = Ruso
un-language-es = Español
label-original = Idioma de presentación: { $lang }
label-translation = Traducción no oficial al inglés:
badge-h24 = 24/7
badge-overdue = Confirmación vencida
badge-change-pending = Cambio pendiente de verificación
entry-overdue = Esta entrada no se ha confirmado desde el { $date }: es posible que no esté actualizada.
entry-problems = { $count ->
    [one] Un usuario ha notificado un problema con este contacto.
   *[other] Los usuarios han notificado { $count } problemas con este contacto.
}
entry-reach-now = Contactar ahora
entry-details = Detalles
entry-edit = Proponer un cambio
entry-history = Historial
entry-pending-change = Cambio pendiente de verificación
history-submitted = Presentado por { $who }, { $when }
history-decided = Decidido por { $who }, { $when }
history-on-behalf = a solicitud escrita del Estado, referencia { $reference }
history-late-notice = { $days ->
    [one] notificado un día después de surtir efecto
   *[other] notificado { $days } días después de surtir efecto
}
history-reason = Motivo:
history-changes = { $count ->
    [one] Se ha modificado un campo
   *[other] Se han modificado { $count } campos
}
state-observer = Estado observador
state-manage = Gestionar las entradas de este Estado
state-no-entries = Este Estado aún no tiene ningún contacto publicado.

## Tipos, regiones y situaciones
poc-type-diplomatic = Diplomático / de políticas
poc-type-technical = Técnico
poc-type-legal = Jurídico
poc-type-law-enforcement = Aplicación de la ley
poc-type-assistance = Asistencia y creación de capacidad
poc-type-policy-coordination = Seguridad nacional / coordinación de políticas
region-africa = Estados de África
region-asia-pacific = Estados de Asia y el Pacífico
region-eastern-europe = Estados de Europa Oriental
region-latin-america-caribbean = Estados de América Latina y el Caribe
region-weog = Estados de Europa Occidental y otros Estados
kind-create = Designación
kind-update = Actualización
kind-withdraw = Retirada
status-pending = Pendiente de verificación
status-active = Publicado
status-published = Publicado
status-rejected = Rechazado
status-withdrawn = Retirado
role-custodian = Custodio
role-national-admin = Administrador nacional
role-member = Miembro
user-status-invited = Invitado
user-status-active = Activo
user-status-disabled = Desactivado
channel-note-verbale = Nota verbal
channel-mission-email = Correo electrónico de la Misión Permanente
channel-phone-call = Llamada telefónica a la Misión Permanente
channel-in-person = En persona
channel-other = Otro canal

## Notificación de problemas (DIR-10)
report-title = Notificar un problema con este contacto
report-submit = Notificar
field-problem-kind = Qué ocurrió
field-problem-detail = Detalles (opcional)
problem-bounced = Correo electrónico devuelto
problem-wrong-number = Número de teléfono incorrecto
problem-no-answer = Sin respuesta
problem-wrong-person = Ya no es el contacto adecuado
problem-other = Otro problema
problem-resolve = Marcar como resuelto

## Formulario de designación (DIR-5)
form-new-title = Designar un punto de contacto
form-edit-title = Proponer un cambio
form-lead = El custodio verifica cada designación y cada cambio con su Misión Permanente antes de publicarlos.
form-submit = Enviar para verificación
form-has-errors = Corrija lo siguiente:
withdraw-title = Retirar este contacto
withdraw-text = La retirada se verifica como cualquier otro cambio. La entrada se conserva en el historial.
withdraw-submit = Presentar la retirada

## Panel del Estado
desk-title = { $state }: entradas y usuarios
desk-nominate = Designar un contacto
desk-public-view = Ver como lo ven los demás Estados
desk-pending = Cambios pendientes de verificación
desk-no-pending = No hay nada pendiente de verificación.
desk-entries = Entradas
desk-problems = Problemas notificados
desk-users = Usuarios
desk-invite = Invitar a un usuario
desk-invite-submit = Enviar la invitación
desk-account-mode = Cuentas de este Estado
account-mode-personal = Cuentas personales, una por persona (recomendado)
account-mode-shared = Una cuenta compartida para el Estado
field-email-language = Idioma de la invitación
user-enable = Activar
user-disable = Desactivar

## Custodio
custodian-title = Panel del custodio
custodian-pending-changes = cambios pendientes de verificación
custodian-pending-requests = solicitudes de acceso
custodian-open-problems = problemas notificados
custodian-overdue = entradas con confirmación vencida
custodian-active = contactos publicados
custodian-changes-link = Verificar los cambios
custodian-requests-link = Examinar las solicitudes de acceso
custodian-audit-link = Registro de auditoría
requests-title = Solicitudes de acceso
requests-lead = Verifique cada solicitud con la Misión Permanente por un canal distinto de este formulario antes de admitir al Estado.
requests-admit = Admitir al Estado e invitar a su administrador
requests-reject = Rechazar la solicitud
requests-none = No hay ninguna solicitud pendiente.
field-verification-ref = Referencia de la verificación
hint-verification-ref = Cómo la verificó, por ejemplo, el número de la nota verbal de la Misión.
field-reason = Motivo
changes-title = Cambios pendientes de verificación
changes-lead = Verifique cada cambio con el Estado por un canal distinto de aquel por el que se recibió y deje constancia del medio utilizado.
changes-none = No hay ningún cambio pendiente.
change-title = Cambio
change-diff = Qué cambia
change-no-diff = Ningún campo difiere de la entrada publicada.
change-withdraw = El Estado solicita que se retire este contacto.
change-see-entry = Ver la entrada y su historial
change-verify-title = Verificar y publicar
change-verify-lead = Indique el canal y la referencia de su verificación.
field-channel = Verificado por
change-publish = Publicar
change-reject-title = Rechazar
change-reject = Rechazar el cambio
audit-title = Registro de auditoría
audit-intact = La cadena de hashes de las { $count } entradas está intacta.
audit-broken = El registro de auditoría ha sido alterado: la primera entrada que no concuerda es la número { $seq }.

## Bandeja de salida de demostración
outbox-title = Bandeja de salida de demostración
outbox-lead = En esta demostración no se envían correos electrónicos: todos los mensajes se conservan aquí. Como los mensajes contienen enlaces de acceso, esta página solo se muestra en un navegador de este equipo.
outbox-empty = Aún no hay ningún correo electrónico.
outbox-links = Enlaces de este mensaje

## Avisos
notice-requested = Su solicitud se ha enviado.
notice-published = El cambio se ha publicado.
notice-rejected = Se ha registrado el rechazo.
notice-submitted = Enviado. El custodio lo verificará antes de su publicación.
notice-reported = Gracias. Se ha informado al custodio y a los administradores del Estado.
notice-resolved = Marcado como resuelto.
notice-invited = Se ha enviado la invitación.
notice-admitted = Se ha admitido al Estado y se ha invitado a su administrador.
notice-saved = Guardado.
notice-revoked = Se ha cerrado esa sesión.
notice-withdrawn = Se ha presentado la retirada.
notice-disabled = El usuario ha sido desactivado y se han cerrado todas sus sesiones.
notice-enabled = El usuario ha sido activado.

## Errores
error-title = No se ha podido completar la operación
error-reference = Referencia para el servicio de asistencia: { $id }
err-not-found = Esta página no existe o usted no tiene acceso a ella.
err-forbidden = Su cuenta no está autorizada para realizar esta operación.
err-unauthenticated = Inicie sesión.
err-invalid = Algunos datos no son válidos.
err-internal = Se ha producido un error en nuestro sistema. No se ha modificado nada. Vuelva a intentarlo más tarde.
err-csrf = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
err-bad-request = No se pudo leer la dirección o el formulario: un valor no es válido. Vuelva atrás e inténtelo de nuevo.
err-content-type = Este formulario debe enviarse desde su página en este sitio.
err-too-large = La solicitud es demasiado grande.
err-throttled = Demasiados intentos. Espere unos minutos e inténtelo de nuevo.
err-required = Este campo es obligatorio.
err-text-too-long = Este texto es demasiado largo.
err-text-line = Escriba esto en una sola línea, sin saltos de línea ni tabulaciones.
err-text-disguised = Este nombre contiene caracteres invisibles que cambian su lectura (marcas de dirección o espacios de ancho cero). Escríbalo de nuevo.
err-text-control = Este texto contiene caracteres que no se pueden mostrar.
err-email-format = La dirección de correo electrónico debe tener el formato nombre@example.org.
err-email-required = Indique al menos una dirección de correo electrónico.
err-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
err-phone-format = «{ $number }»: escriba el número en formato internacional, con + y el prefijo del país, por ejemplo, +41 22 917 1234.
err-phone-invalid = «{ $number }»: este número no es posible en el país al que llama. Compruebe el prefijo y el número de cifras.
err-url-format = La página web debe comenzar por https:// e indicar un sitio, por ejemplo, https://cert.example.org.
err-language-code = Indique cada idioma, por ejemplo, francés, árabe o filipino, o su código ISO 639 (fr, ar, fil).
err-language-required = Indique al menos un idioma de trabajo.
err-timezone = Elija la ciudad en la lista: un huso horario se designa por una ciudad, como El Cairo o Zúrich, no por un desfase ni por una abreviatura como EST.
err-poc-type = Elija un tipo de contacto de la lista.
err-un-language = Elija uno de los seis idiomas oficiales de las Naciones Unidas.
err-pgp-fingerprint = La huella digital debe tener 40 o 64 caracteres hexadecimales.
err-regional = Elija los directorios regionales de la lista.
err-too-many = Este campo contiene demasiados elementos (10 como máximo).
err-state-unknown = Elija un Estado de la lista.
err-region = Elija una región de la lista.
err-state-already-participating = Este Estado ya participa. Póngase en contacto con su administrador nacional.
err-state-not-participating = Este Estado aún no participa.
err-login-failed = La dirección de correo electrónico o la contraseña no son correctas, o la cuenta no está activa.
err-code-wrong = Este código no es correcto o ya se ha utilizado. Espere al siguiente código e inténtelo de nuevo.
err-no-enrolment = Vuelva a iniciar la configuración de su segundo factor.
err-password-short = La contraseña debe tener al menos 12 caracteres. Una frase de contraseña de varias palabras es fácil de recordar.
err-password-long = La contraseña debe tener como máximo 128 caracteres.
err-password-common = Esta contraseña es demasiado común o fácil de adivinar. Elija una frase de contraseña más larga.
err-password-mismatch = Las dos contraseñas no coinciden.
err-link-unknown = Este enlace no es válido. Solicite una nueva invitación.
err-link-used = Este enlace ya se ha utilizado. Inicie sesión o solicite una nueva invitación.
err-link-expired = Este enlace ha caducado. Solicite una nueva invitación a su administrador nacional o al custodio.
err-already-decided = Otra persona ya ha adoptado una decisión al respecto.
err-change-pending = Ya hay un cambio en esta entrada pendiente de verificación.
err-no-change = No se ha modificado nada.
err-entry-not-active = Esta entrada no está publicada.
err-on-behalf-ref = Indique la referencia de la solicitud escrita del Estado.
err-date-format = Indique la fecha en formato AAAA-MM-DD.
err-date-future = Esta fecha es posterior a la fecha actual.
err-channel = Indique cómo verificó el cambio.
err-problem-kind = Indique qué ocurrió.
err-role = Elija una función de la lista.
err-shared-account-exists = Este Estado utiliza una cuenta compartida única, que ya existe.
err-shared-needs-one-account = Una cuenta compartida requiere exactamente una cuenta activa: desactive primero las demás.
err-account-mode = Elija entre cuentas personales o una cuenta compartida única.
err-cannot-disable-self = No puede desactivar su propia cuenta.
err-export-format = Elija CSV, JSON, vCard o la página para imprimir.
err-form-unreadable = No se ha podido leer el formulario. Recargue la página e inténtelo de nuevo.

## Correos electrónicos (se envían en el idioma del destinatario)
email-footer = Directorio de Puntos de Contacto — { $url }
email-invitation-subject = Su invitación al Directorio de Puntos de Contacto
email-invitation-body =
    Estimado/a { $name }:

    Se le invita a utilizar el Directorio de Puntos de Contacto en nombre de { $state }.
    Para configurar su cuenta, abra este enlace en un plazo de { $hours } horas. El enlace solo puede utilizarse una vez.

    { $link }

    Si no esperaba este mensaje, puede ignorarlo.
email-access-received-subject = Su solicitud de acceso ({ $reference })
email-access-received-body =
    Estimado/a { $name }:

    Hemos recibido la solicitud de acceso al Directorio de Puntos de Contacto presentada por { $state } (referencia { $reference }).
    El custodio la verificará con su Misión Permanente. A continuación, el administrador nacional designado recibirá una invitación.
email-access-to-review-subject = Solicitud de acceso de { $state }
email-access-to-review-body =
    Una Misión Permanente ha solicitado acceso para { $state }.
    Verifique la solicitud con la Misión y, a continuación, examínela: { $url }
email-access-rejected-subject = Su solicitud de acceso
email-access-rejected-body =
    Estimado/a { $name }:

    El custodio no ha podido conceder la solicitud de acceso. Motivo indicado: { $reason }
email-change-to-verify-subject = Cambio pendiente de verificación: { $state }
email-change-to-verify-body =
    { $state } ha presentado un cambio en sus puntos de contacto.
    Verifíquelo por un canal distinto del portal y, a continuación, registre su decisión: { $url }
email-change-published-subject = Publicado: { $entity }
email-change-published-body =
    El custodio ha verificado y publicado el cambio relativo a { $entity }.

    { $url }
email-change-rejected-subject = No publicado: { $entity }
email-change-rejected-body =
    El custodio no ha publicado el cambio relativo a { $entity }.
    Motivo indicado: { $reason }

    { $url }
email-problem-reported-subject = Problema notificado: { $entity }
email-problem-reported-body =
    Un usuario ha notificado un problema con el contacto { $entity }: { $kind }.
    Compruebe la entrada y corríjala si es necesario: { $url }

## Comprobaciones de la comunicación (PING)
nav-checks = Comprobaciones de la comunicación
nav-messages = Comunicaciones
checks-title = Comprobaciones de la comunicación
checks-lead = Cada punto de contacto recibe un breve mensaje con un enlace personal. Se mide el tiempo transcurrido entre el envío y el acuse de recibo.
checks-launch-title = Iniciar una comprobación
field-state-code = Estado (código ISO)
hint-state-code = Opcional, por ejemplo, FR
checks-overdue-only = Solo las entradas con confirmación vencida
checks-preview = Vista previa
checks-campaigns = Campañas
checks-campaign-of = Comprobación del { $date }
checks-none = Aún no se ha realizado ninguna comprobación.
checks-next-scheduled = Próxima comprobación programada de todos los puntos de contacto: { $date }.
checks-no-schedule = No hay ninguna comprobación programada. La periodicidad se establece en la configuración (checks.schedule_months).
checks-trend = Evolución entre campañas
checks-campaign = Campaña
checks-kind-adhoc = puntual
checks-kind-scheduled = programada
checks-preview-title = ¿Desea iniciar esta comprobación?
checks-preview-count = Puntos de contacto: { $pocs }. Direcciones de correo electrónico que recibirán el mensaje de comprobación: { $addresses }.
checks-launch = Iniciar la comprobación
my-checks-link = Comprobaciones pendientes de acuse de recibo por su Estado
results-title = Resultados de la comprobación
results-closes = se aceptan respuestas hasta el { $date }
results-rate = Tasa de respuesta
results-acknowledged = Recepción confirmada
results-median = Mediana del tiempo de respuesta
results-p90 = Percentil 90 del tiempo de respuesta
results-unreachable = Direcciones inaccesibles
results-export = Exportar los resultados (CSV)
results-by-region = Por región
results-by-type = Por tipo de contacto
results-waiting = Recepción aún no confirmada
results-all-answered = Todas las direcciones han acusado recibo.
col-group = Grupo
check-status-pending = En espera de respuesta
check-status-unreachable = Inaccesible
check-status-acknowledged = Recepción confirmada
check-unreachable-refused = Inaccesible: el servidor de correo rechazó el mensaje
check-unreachable-bounced = Inaccesible: el mensaje fue devuelto
results-follow-up = Seguimiento
results-reminded = Recordatorio enviado el { $date }
results-escalated = Puesto en conocimiento del Estado el { $date }
minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
ack-title = Comprobación de la comunicación
ack-lead = El custodio del Directorio de Puntos de Contacto está comprobando que el punto de contacto de { $state } recibe sus mensajes en esta dirección.
ack-sent = Envío de la comprobación
ack-submit = Confirmar la recepción
ack-done = Gracias: su confirmación ha quedado registrada.
my-checks-title = Comprobaciones pendientes de acuse de recibo
my-checks-lead = Comprobaciones enviadas a los puntos de contacto de su Estado que siguen a la espera de respuesta. Puede confirmar la recepción aquí en lugar de utilizar el enlace del correo electrónico.
my-checks-none = No hay nada pendiente de respuesta.
notice-launched = Se ha iniciado la comprobación: los mensajes se están enviando.
notice-acknowledged = Recepción confirmada.
err-campaign-empty = Ningún punto de contacto coincide con esta selección.
err-ack-unknown = Este enlace no es válido. Si lo copió de un correo electrónico, compruebe que esté completo.
err-ack-used = Ya se ha acusado recibo de esta comprobación. Gracias.
err-ack-expired = Esta comprobación está cerrada y ya no es posible acusar recibo.
field-address = Dirección
field-check-status = Situación
field-sent = Fecha de envío
field-acknowledged = Fecha de confirmación
field-response-minutes = Tiempo de respuesta (minutos)
field-via = Medio de confirmación
email-check-subject = Comprobación de la comunicación: { $state }
email-check-body =
    El custodio del Directorio de Puntos de Contacto está comprobando que los puntos de contacto de { $state } reciben sus mensajes.

    Este mensaje se ha enviado al contacto “{ $entity }”. Sírvase confirmar la recepción en un plazo de { $days } días abriendo este enlace y pulsando el botón:

    { $link }

    No es necesario iniciar sesión. El enlace solo puede utilizarse una vez.
email-check-reminder-subject = Recordatorio: comprobación de la comunicación: { $state }
email-check-reminder-body =
    El custodio del Directorio de Puntos de Contacto envió una comprobación de la comunicación al contacto “{ $entity }” de { $state }, y aún no se ha confirmado su recepción.

    Sírvase confirmar la recepción en un plazo de { $days } días abriendo este enlace y pulsando el botón:

    { $link }

    No es necesario iniciar sesión. El enlace solo puede utilizarse una vez. Si no se confirma la recepción, se informará de ello a los administradores nacionales y a la Misión Permanente de { $state }.
email-check-escalation-subject = Puntos de contacto de { $state } no han respondido a una comprobación de la comunicación
email-check-escalation-body =
    El custodio del Directorio de Puntos de Contacto comprueba que todos los puntos de contacto reciben sus mensajes. { $count ->
        [one] Una dirección de { $state } recibió un mensaje de comprobación y un recordatorio, y no ha confirmado la recepción:
       *[other] { $count } direcciones de { $state } recibieron un mensaje de comprobación y un recordatorio, y no han confirmado la recepción:
    }

    { $addresses }

    Sírvase asegurarse de que estas direcciones se consultan efectivamente, o bien actualizar las entradas. Un usuario de { $state } puede confirmar la recepción tras iniciar sesión:

    { $link }

    Este mensaje se dirige a los administradores nacionales y a la Misión Permanente de { $state }, y no a las direcciones indicadas.
email-currency-due-subject = Próximo vencimiento de la confirmación de entradas de { $state }
email-currency-due-body =
    { $count ->
        [one] Una entrada de { $state } en el Directorio de Puntos de Contacto deberá someterse próximamente a su confirmación anual:
       *[other] { $count } entradas de { $state } en el Directorio de Puntos de Contacto deberán someterse próximamente a su confirmación anual:
    }

    { $entries }

    Corresponde a un administrador nacional confirmar que siguen siendo correctas, o bien actualizarlas, en la siguiente dirección:

    { $link }
email-currency-overdue-subject = Entradas de { $state } con confirmación vencida
email-currency-overdue-body =
    { $count ->
        [one] Una entrada de { $state } en el Directorio de Puntos de Contacto tiene vencida su confirmación anual, por lo que se señala a todos sus lectores como posiblemente desactualizada:
       *[other] { $count } entradas de { $state } en el Directorio de Puntos de Contacto tienen vencida su confirmación anual, por lo que se señalan a todos sus lectores como posiblemente desactualizadas:
    }

    { $entries }

    Corresponde a un administrador nacional confirmar que siguen siendo correctas, o bien actualizarlas, en la siguiente dirección:

    { $link }
desk-confirm-text = Al menos una vez al año, confirme que cada una de las entradas siguientes sigue siendo correcta. Si alguna no lo es, modifíquela primero.
desk-confirm-submit = Confirmar que todas las entradas son correctas
notice-confirmed = Todas las entradas se han confirmado como correctas a fecha de hoy.
phone-checks-title = Comprobaciones telefónicas
phone-checks-none = Aún no se ha registrado ninguna comprobación telefónica.
phone-check-reached = Contactado
phone-check-not-reached = No contactado
field-number = Número llamado
field-reached = Resultado de la llamada
phone-check-submit = Registrar la comprobación telefónica
notice-phone-recorded = La comprobación telefónica se ha registrado.
err-reached = Indique si la llamada permitió contactar con el punto de contacto.
err-phone-not-of-entry = Este número no figura en esta entrada.
messages-title = Comunicaciones
messages-lead = Comunicaciones entre su Estado y otros Estados. Su contenido se almacena cifrado y nunca se muestra al custodio.
messages-new = Nueva comunicación
messages-to = Destinatario
messages-from = Remitente
messages-template = Plantilla
messages-compose = Redactar
messages-threads = Intercambios
messages-alert = Alerta
messages-alert-new = Alerta a varios Estados
messages-alert-hint = Una misma comunicación dirigida a la vez a varios Estados participantes o a todos ellos. Cada Estado recibe su propio ejemplar y acusa recibo por separado.
messages-alert-all = Todos los Estados participantes
messages-alert-to = { $count ->
        [one] A { $count } Estado:
       *[other] A { $count } Estados:
    }
messages-none = Su Estado aún no ha enviado ni recibido ninguna comunicación.
messages-col-date = Fecha de envío
messages-col-with = Intercambio
messages-col-urgency = Grado de urgencia
messages-col-tlp = TLP
messages-col-poc = Punto de contacto
messages-sent-to = Enviada a { $state }
messages-received-from = Recibida de { $state }
messages-status-waiting = Pendiente de acuse de recibo
messages-status-acknowledged = Recepción confirmada
messages-status-answered = Respondida
messages-recipients = Destinatarios
messages-recipients-hint = Dirija la comunicación a todos los puntos de contacto de un tipo o elija puntos de contacto concretos. Se indican su hora local y su disponibilidad 24/7.
messages-all-of-type = Todos los puntos de contacto del tipo: { $type }
messages-tlp = Marcado conforme al protocolo de semáforo (TLP, Traffic Light Protocol)
messages-tlp-hint = TLP:RED: únicamente los destinatarios designados. TLP:AMBER+STRICT: únicamente la organización destinataria. TLP:AMBER: la organización destinataria y quienes necesiten conocer la información. TLP:GREEN: la comunidad. TLP:CLEAR: sin restricciones.
messages-code = Código de su aplicación de autenticación
messages-code-hint = Solo es necesario para enviar comunicaciones TLP:RED: confirma que es usted quien las envía.
messages-fields-hint = Complete la información de que disponga. Todos los campos pueden dejarse en blanco.
messages-expected = (previsto)
messages-send = Enviar
messages-sent-at = Fecha de envío
messages-ack-due = Acuse de recibo esperado a más tardar el
messages-acknowledged = Acuse de recibo
messages-responded = Primera respuesta
messages-recipient-count = { $count ->
    [one] { $count } punto de contacto
   *[other] { $count } puntos de contacto
}
messages-acknowledge = Acusar recibo
messages-escalated-1 = Puesto en conocimiento de los demás puntos de contacto del Estado destinatario el { $date } ({ $count ->
        [one] { $count } dirección
       *[other] { $count } direcciones
    }).
messages-escalated-2 = Puesto en conocimiento de los administradores nacionales del Estado destinatario el { $date } ({ $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }).
messages-reply = Respuesta
messages-forwarded-note = Información compartida con el consentimiento de { $state }. Alcance: { $scope }
attachments-title = Archivos adjuntos
attachment-size = { $kb } KB
attachments-add = Adjuntar un archivo
attachments-hint = Registros de eventos, informes o capturas de pantalla de hasta { $kb } KB: PDF, PNG, JPEG, ZIP, gzip o texto (.txt, .log, .csv, .json, .xml). Los archivos se almacenan cifrados.
attachments-submit = Adjuntar
consent-title = Compartir con un tercer Estado
consent-lead = La información recibida es confidencial. Para transmitirla a un tercer Estado, solicite aquí el consentimiento del Estado de origen, que lo concede o lo deniega; la decisión queda registrada. Sin consentimiento no puede transmitirse nada.
consent-asked-for = Solicitud para compartir con { $state }, presentada el { $date }:
consent-pending = Pendiente de la decisión del Estado de origen
consent-granted = Concedido el { $date }
consent-refused = Denegado el { $date }
consent-forwarded = Transmitida
consent-grant = Conceder el consentimiento
consent-refuse = Denegar
consent-forward = Transmitir a { $state }
consent-third = Tercer Estado
consent-scope = Información que desea compartir y motivo
consent-ask = Solicitar el consentimiento del Estado de origen
messages-record-title = Registro de intercambios
messages-record-json = Exportar el registro (JSON)
messages-record-lead = Todos los intercambios en los que { $state } ha sido parte, con su contenido y su cronología, para imprimirlos o conservarlos.
templates-title = Plantillas de comunicación
templates-lead = Los Estados se comunican entre sí a partir de estas plantillas. Toda revisión de una plantilla crea una nueva versión; cada comunicación conserva la versión de la plantilla con la que se redactó.
templates-definition = Plantilla (JSON)
templates-definition-hint = Pegue una plantilla, o una lista como la que da la descarga. Una clave (key) conocida crea una nueva versión y una clave nueva, una nueva plantilla; una plantilla sin cambios queda como está. Cada campo tiene un nombre (name), un tipo (kind: text, textarea o date), la indicación de si es esperado (expected) y una etiqueta (label) en los seis idiomas.
templates-save = Guardar la plantilla
templates-version = versión { $version }
err-template-json = Esta plantilla no es válida. Compruebe el JSON y que cada campo tenga name, kind (text, textarea o date), expected y label.
err-template-key = La clave y cada nombre de campo deben tener entre 2 y 40 caracteres, solo letras minúsculas sin tilde (de la a a la z) o guiones bajos (_).
err-template-fields = Una plantilla tiene entre 1 y 40 campos, cada uno con un nombre distinto.
err-template-labels = El título y cada etiqueta deben indicarse en los seis idiomas: ar, zh, en, fr, ru, es.
err-template-unchanged = Esta plantilla es idéntica a su versión vigente.
usage-lead = { $count ->
        [one] { $count } comunicación entre Estados hasta la fecha. Solo se muestran las cifras: el custodio nunca ve el contenido de las comunicaciones.
       *[other] { $count } comunicaciones entre Estados hasta la fecha. Solo se muestran las cifras: el custodio nunca ve el contenido de las comunicaciones.
    }
usage-by-template = Por tipo
usage-by-urgency = Por grado de urgencia
usage-by-month = Por mes
usage-count = Comunicaciones
messages-reply-send = Enviar la respuesta
urgency-urgent = Urgente
urgency-high = Prioritario
urgency-routine = Ordinario
notice-sent = La comunicación se ha enviado. Se ha notificado a los destinatarios por correo electrónico, sin incluir su contenido.
notice-replied = La respuesta se ha enviado.
notice-alert-sent = La alerta se ha enviado. Cada Estado recibe su propio ejemplar y acusa recibo por separado.
notice-attached = El archivo se ha adjuntado.
err-attachment-size = Este archivo supera el tamaño máximo permitido para los archivos adjuntos.
err-attachment-type = No se pueden adjuntar archivos de este tipo. Utilice un archivo PDF, PNG, JPEG, ZIP, gzip o de texto.
err-attachment-disguised = El contenido de este archivo no corresponde a su nombre. Se ha rechazado.
err-attachment-empty = Elija un archivo que no esté vacío.
notice-consent-asked = Su solicitud se ha enviado al Estado de origen.
notice-consent-decided = Su decisión ha quedado registrada y se ha informado al Estado solicitante.
err-consent-third = Elija un Estado participante distinto de los dos que son parte en este intercambio.
err-consent-not-recipient = Solo el Estado que recibió esta comunicación puede solicitar compartirla o transmitirla.
err-consent-not-originator = Solo el Estado que envió esta comunicación puede decidir si se comparte.
err-consent-decided = Ya se ha adoptado una decisión sobre esta solicitud.
err-consent-not-granted = No puede transmitirse nada sin el consentimiento del Estado de origen, y cada consentimiento solo es válido para una transmisión.
err-consent-decision = Elija conceder o denegar el consentimiento.
email-consent-asked-subject = [{ $tlp }] { $state } solicita su consentimiento para compartir información
email-consent-asked-body =
    { $state } solicita el consentimiento de su Estado para transmitir a un tercer Estado información procedente de un intercambio en el Directorio de Puntos de Contacto.

    Marcado: { $tlp }

    Sírvase iniciar sesión para consultar la solicitud y conceder o denegar su consentimiento:

    { $link }
email-consent-decided-subject = [{ $tlp }] { $state } ha adoptado una decisión sobre su solicitud para compartir información
email-consent-decided-body =
    { $state } ha adoptado una decisión sobre su solicitud para compartir información procedente de un intercambio en el Directorio de Puntos de Contacto.

    Marcado: { $tlp }

    Sírvase iniciar sesión para consultar la decisión:

    { $link }
err-alert-pocs = Una alerta se dirige a tipos de contacto, no a puntos de contacto concretos.
err-tlp = Elija uno de los marcados TLP propuestos.
err-urgency = Elija uno de los grados de urgencia propuestos.
err-unknown-field = Este campo no forma parte de la plantilla.
err-date = Indique la fecha en formato año-mes-día.
err-template = Elija una de las plantillas propuestas.
err-template-revised = La plantilla se revisó mientras usted redactaba. Copie su texto, abra la nueva versión y vuelva a enviar la comunicación.
err-message-state = Elija uno de los Estados participantes.
err-second-custodian = Un cambio introducido en nombre de un Estado lo verifica un custodio distinto del que lo introdujo.
err-code-tries-over = Demasiados códigos incorrectos: vuelva a iniciar sesión con su contraseña.
err-message-own-state = Elija un Estado distinto del suyo.
err-message-not-participating = Este Estado no participa en el Directorio.
err-message-recipient = Uno de los puntos de contacto elegidos no figura entre los puntos de contacto publicados de este Estado.
err-message-no-recipient = Elija al menos un punto de contacto o un tipo de contacto.
err-message-ack-own = Solo el Estado destinatario puede acusar recibo.
err-code-needed = Para enviar una comunicación TLP:RED se necesita un código nuevo de su aplicación de autenticación.
err-message-ack-done = Ya se ha acusado recibo.
email-change-on-behalf-subject = Se ha introducido un cambio en nombre de su Estado
email-change-on-behalf-body =
    El custodio del Directorio de Puntos de Contacto ha introducido un cambio en la entrada «{ $entity }» de su Estado, citando su solicitud escrita { $reference }.

    Otro custodio lo verificará antes de publicarlo. Si su Estado no pidió este cambio, avise al custodio de inmediato.

    { $url }
desk-held-account = Se creó una cuenta en su Estado desde fuera de él y está en espera hasta el { $until }. Si su Estado no la pidió, bloquéela abajo:
user-status-held = En espera hasta el { $until }
user-block = Bloquear
hint-invite-on-behalf = Está creando una cuenta desde fuera de este Estado: solo un administrador nacional, a petición escrita del Estado, cuando se sustituyen sus administradores. Los administradores del Estado y su Misión reciben aviso de inmediato; si el Estado tiene un administrador activo, la cuenta solo podrá usarse después del periodo de espera, durante el cual pueden bloquearla.
err-custodian-invites-admins = Desde fuera de un Estado solo puede invitarse a un administrador nacional; sus administradores invitan a los demás.
err-account-held = Esta cuenta se creó desde fuera de su Estado y está en espera: los administradores de su Estado han sido avisados y pueden bloquearla. Podrá usarse cuando termine la espera.
email-account-from-outside-subject = El custodio ha creado una cuenta en su Estado
email-account-from-outside-body =
    El custodio del Directorio de Puntos de Contacto ha creado una cuenta en su Estado, citando su solicitud escrita { $reference }:

    { $name } <{ $email }>, { $role }

    Si su Estado no pidió esta cuenta, avise al custodio de inmediato.

    { $url }
email-account-from-outside-held-subject = El custodio ha creado una cuenta en su Estado: puede bloquearla
email-account-from-outside-held-body =
    El custodio del Directorio de Puntos de Contacto ha creado una cuenta en su Estado, citando su solicitud escrita { $reference }:

    { $name } <{ $email }>, { $role }

    Solo podrá usarse dentro de { $hours } horas. Hasta entonces, cualquier administrador nacional de su Estado puede bloquearla en la página del Estado. Si su Estado no pidió esta cuenta, bloquéela y avise al custodio.

    { $url }
email-message-new-subject = [{ $tlp }] { $urgency }: comunicación de { $state }
email-message-new-body =
    { $state } ha enviado una comunicación a su Estado por medio del Directorio de Puntos de Contacto.

    Grado de urgencia: { $urgency }
    Marcado: { $tlp }

    Sírvase iniciar sesión para leerla y acusar recibo:

    { $link }

    Por razones de confidencialidad, este correo electrónico no contiene la comunicación.
email-message-escalated-subject = [{ $tlp }] { $urgency }: comunicación de { $state } pendiente de acuse de recibo
email-message-escalated-body =
    { $state } envió una comunicación a su Estado por medio del Directorio de Puntos de Contacto y no se ha acusado recibo de ella en el plazo previsto. Por ello, se pone ahora en su conocimiento.

    Grado de urgencia: { $urgency }
    Marcado: { $tlp }

    Sírvase iniciar sesión para leerla y acusar recibo:

    { $link }

    Por razones de confidencialidad, este correo electrónico no contiene la comunicación.
email-message-red-waiting-subject = [{ $tlp }] { $urgency }: una comunicación de { $state } espera a sus destinatarios
email-message-red-waiting-body =
    { $state } envió una comunicación TLP:RED a personas designadas de su Estado a través del Directorio de Puntos de Contacto, y su recepción no se ha confirmado en el plazo previsto.

    Grado de urgencia: { $urgency }

    TLP:RED: solo pueden leerla las personas a las que se dirigió, y este correo no le da acceso a ella. Asegúrese de que inicien sesión y acusen recibo.
email-message-reply-subject = [{ $tlp }] Respuesta de { $state }
email-message-reply-body =
    { $state } ha respondido en un intercambio con su Estado en el Directorio de Puntos de Contacto.

    Grado de urgencia: { $urgency }
    Marcado: { $tlp }

    Sírvase iniciar sesión para leerla:

    { $link }

    Por razones de confidencialidad, este correo electrónico no contiene la respuesta.
seconds = { $count ->
    [one] { $count } segundo
   *[other] { $count } segundos
}
hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
field-phone = Teléfono
field-last-check = Última comprobación de la comunicación
last-check-answered = Respondió en { $duration } (comprobación del { $date })
last-check-waiting = Respuesta pendiente (comprobación del { $date })
last-check-unanswered = Sin respuesta (comprobación del { $date })
last-check-unreachable = Inalcanzable (comprobación del { $date })
last-check-none = Aún no comprobado
entry-rejected = Este cambio no se publicó ({ $when }).
entry-correct = Corregir y volver a presentar
desk-rejected = No publicados: para corregir y volver a presentar
timezone-label = { $zone } ({ $city })
timezone-choice = { $city } ({ $country }) — { $zone }
timezone-choice-alone = { $city } — { $zone }
phone-ext = ext. { $ext }
region-none = Ningún grupo regional
home-progress-reached = { $count } Estados participantes; se necesitaban { $threshold } para que la red fuera operativa.
percent = { $value } %
phone-check-by = llamada de { $who }
checks-scope = Puntos de contacto comprobados:
scope-all = todos los puntos de contacto
results-recheck = { $count ->
    [one] Volver a comprobar el punto de contacto que no ha respondido
   *[other] Volver a comprobar los { $count } puntos de contacto que no han respondido
}
scope-recheck = los puntos de contacto que no habían respondido a una comprobación anterior
outbox-search = Destinatario o asunto
outbox-count = { $count ->
    [one] { $count } mensaje.
   *[other] { $count } mensajes.
}
audit-action-access-rejected = Solicitud de acceso rechazada
audit-action-access-requested = Acceso solicitado
audit-action-campaign-launched = Comprobación de la comunicación iniciada
audit-action-campaign-rechecked = Puntos de contacto sin respuesta comprobados de nuevo
audit-action-campaign-scheduled = Comprobación programada realizada
audit-action-change-submitted = Cambio presentado
audit-action-change-published = Cambio verificado y publicado
audit-action-change-rejected = Cambio rechazado
audit-action-check-acknowledged = Comprobación confirmada
audit-action-check-bounced = Mensaje de comprobación devuelto
audit-action-checks-escalated = Comprobaciones sin respuesta escaladas
audit-action-checks-exported = Resultados de comprobación exportados
audit-action-checks-reminded = Recordatorios enviados
audit-action-consent-requested = Consentimiento para compartir solicitado
audit-action-consent-granted = Consentimiento para compartir otorgado
audit-action-consent-refused = Consentimiento para compartir denegado
audit-action-demo-loaded = Datos de demostración cargados
audit-action-directory-exported = Directorio exportado
audit-action-entries-confirmed = Puntos de contacto confirmados
audit-action-login-failed = Inicio de sesión rechazado
audit-action-login-mfa-failed = Código del segundo factor erróneo
audit-action-login-password-ok = Contraseña aceptada
audit-action-login-succeeded = Inicio de sesión
audit-action-login-throttled = Inicio de sesión ralentizado
audit-action-message-acknowledged = Recepción de la comunicación confirmada
audit-action-message-attached = Archivo adjuntado
audit-action-message-escalated = Comunicación escalada
audit-action-message-forwarded = Comunicación reenviada
audit-action-message-replied = Respuesta enviada
audit-action-message-sent = Comunicación enviada
audit-action-messages-record = Registro de intercambios exportado
audit-action-phone-check-recorded = Comprobación telefónica registrada
audit-action-problem-reported = Problema notificado
audit-action-problem-resolved = Problema resuelto
audit-action-session-revoked = Sesión cerrada
audit-action-state-account-mode = Política de cuentas modificada
audit-action-state-admitted = Estado admitido
audit-action-template-saved = Plantilla guardada
audit-action-user-created = Cuenta creada
audit-action-user-from-outside = Cuenta creada desde fuera del Estado
audit-action-user-invited = Usuario invitado
audit-action-user-locale = Idioma cambiado
audit-action-user-mfa-enrolled = Aplicación de autenticación registrada
audit-action-user-password-set = Contraseña establecida
audit-action-user-recovery-codes = Códigos de recuperación generados
audit-action-user-enabled = Cuenta habilitada
audit-action-user-disabled = Cuenta deshabilitada
hint-audit-actor = Una función (custodian, national_admin, member), un código de Estado o un identificador de cuenta
audit-from = Desde
audit-to = Hasta
audit-older = Entradas anteriores
audit-none = Ninguna entrada coincide.
your-time = ({ $time } su hora)
attention-title = Asuntos pendientes
attention-none = Nada por el momento.
attention-requests = { $count ->
    [one] { $count } solicitud de acceso por decidir
   *[other] { $count } solicitudes de acceso por decidir
}
attention-overdue-all = { $count ->
    [one] El punto de contacto con confirmación atrasada
   *[other] Los { $count } puntos de contacto con confirmación atrasada
}
attention-silent = Direcciones sin respuesta en las dos últimas comprobaciones
attention-unreachable = Direcciones inalcanzables o con mensajes devueltos
attention-escalations = Escalamientos que no llegaron a nadie
attention-escalation = De { $from } a { $to }
attention-see-state = los puntos de contacto del Estado
attention-email = Correos no entregados a tiempo
attention-attempts = { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
}
checks-preview-who = Puntos de contacto que se comprobarán
results-remind = { $count ->
    [one] Recordar ahora a la dirección que no ha respondido
   *[other] Recordar ahora a las { $count } direcciones que no han respondido
}
results-remind-hint = Cada una recibe de inmediato un recordatorio con un nuevo enlace; la escalada al Estado cuenta después desde este recordatorio.
notice-reminded = Se están enviando los recordatorios.
err-campaign-closed = Esta comprobación ha cerrado: ya no queda nadie a quien recordar. Vuelva a comprobar los puntos de contacto.
err-campaign-none-to-remind = Todas las direcciones que no han respondido ya han recibido su recordatorio.
audit-action-campaign-reminded = Recordatorio manual a quienes no respondieron
checks-trend-same-scope = Solo se comparan las comprobaciones del mismo alcance: las de una región no se ponen junto a las de todo el directorio.
checks-trend-count = { $count ->
    [one] { $count } comprobación
   *[other] { $count } comprobaciones
}
checks-trend-show = Mostrar
checks-trend-one = Por ahora solo hay una comprobación de este alcance.
checks-trend-scope = Comprobaciones de
poc-types-title = Tipos de punto de contacto
poc-types-lead = Los puntos de contacto diplomáticos y técnicos se ofrecen siempre. Los demás tipos solo se ofrecen si el custodio los habilita.
poc-types-offered = Tipos que los Estados pueden designar
poc-types-core = Siempre se ofrece
poc-types-entries = { $count ->
    [0] ninguna entrada publicada
    [one] { $count } entrada publicada
   *[other] { $count } entradas publicadas
}
poc-types-changed = modificado el { $date }
poc-types-effect = Un tipo que ya no se ofrece no puede designarse. Sus entradas existentes siguen publicadas y legibles, y sus Estados aún pueden actualizarlas o retirarlas.
poc-types-save = Guardar los tipos ofrecidos
err-poc-type-not-offered = Este tipo de punto de contacto no se ofrece en este directorio. Elija otro tipo.
audit-action-poc-types-changed = Cambio de los tipos de punto de contacto ofrecidos
templates-new = Nueva plantilla
templates-col-title = Título
templates-col-key = Clave
templates-col-version = Versión vigente
templates-col-fields = Campos
templates-json = Importar y exportar en JSON
templates-export = Descargar todas las plantillas en JSON
templates-export-one = Descargar en JSON
templates-import = Importar
templates-revise-hint = Al guardar se crea una nueva versión. Las comunicaciones ya redactadas conservan la versión con la que se redactaron.
templates-key = Clave
templates-key-hint = De 2 a 40 letras minúsculas o guiones bajos, por ejemplo cyber_incident. No puede cambiarse después.
templates-form-title = Título en los seis idiomas
templates-field-n = Campo { $n }
templates-field-add = Añadir un campo
templates-field-add-hint = Rellénelo para añadir un campo; si no, déjelo vacío.
templates-field-name = Nombre
templates-field-name-hint = Letras minúsculas o guiones bajos.
templates-field-kind = Tipo
templates-kind-text = Una línea
templates-kind-textarea = Varias líneas
templates-kind-date = Fecha
templates-field-position = Posición
templates-field-expected = Esperado: se indica como esperado, aunque puede dejarse vacío
templates-field-label = Etiqueta en { $language }
templates-field-remove = Quitar este campo en la próxima versión
templates-add-field = Añadir otro campo
err-template-key-taken = Ya existe una plantilla con esta clave. Ábrala para revisarla o elija otra clave.
templates-built-in = de origen
err-shell-role = El rol debe ser custodian, national_admin o member.
err-shell-custodian-state = El custodio no pertenece a ningún Estado: omita --state.
err-shell-state-needed = Un administrador nacional o un miembro pertenece a un Estado: indique su código ISO con --state.
err-shell-no-account = No hay ninguna cuenta con esta dirección de correo electrónico.
err-shell-not-active = Esta cuenta no está activa: no se puede restablecer su segundo factor.
err-shell-exists = Ya existe una cuenta con esta dirección de correo electrónico.
audit-action-user-mfa-reset = Segundo factor restablecido desde la línea de comandos
checkpoint-title = Punto de control firmado del registro de auditoría
checkpoint-hint = Guarde una copia de cada punto de control fuera de pocdir. Firmado con una clave guardada fuera de la base de datos, permite a cualquiera demostrar más tarde, con la orden que figura abajo, que la historia del registro no se ha reescrito desde entonces.
checkpoint-download = { $count ->
    [one] Descargar el punto de control de { $count } entrada ({ $date })
   *[other] Descargar el punto de control de { $count } entradas ({ $date })
}
tokens-title = Tokens de API
tokens-lead = Un token permite que un programa, como las herramientas de su CERT nacional, use la API del directorio en su nombre. Solo puede hacer lo que usted puede hacer, y solo dentro de los ámbitos que usted le dé.
tokens-created = Token «{ $name }» creado.
tokens-secret = El token
tokens-shown-once = Cópielo ahora y guárdelo en un lugar seguro: solo se muestra esta vez, y pocdir conserva únicamente una huella.
col-token-name = Nombre
col-token-scopes = Ámbitos
col-token-expires = Caduca
col-last-used = Último uso
tokens-revoked = Revocado
tokens-expired = Caducado
tokens-never-used = Nunca
tokens-new = Nuevo token
tokens-name = Nombre
tokens-name-hint = Qué programa es, para reconocerlo después, p. ej. «Incidencias del CERT».
tokens-scopes = Qué puede hacer
tokens-days = Válido durante (días)
tokens-days-hint = De 1 a { $max } días.
tokens-create = Crear el token
tokens-how = Un programa envía el token en la cabecera «Authorization: Bearer» seguida del token, a las direcciones bajo /api/v1. Enviar TLP:RED siempre requiere que usted esté en el portal con su autenticador.
scope-directory-read = Leer el directorio: Estados, fichas, búsqueda y exportaciones.
scope-directory-write = Enviar cambios de las fichas de su Estado y notificar problemas.
scope-checks = Ver los resultados de las comprobaciones de su Estado y acusar recibo.
scope-messages = Enviar, leer y acusar recibo de comunicaciones entre Estados (nunca TLP:RED).
scope-custodian = El trabajo del custodio: cambios por verificar, admisiones, comprobaciones y estadísticas de uso.
err-token-name = Dé al token un nombre de 80 caracteres como máximo.
err-token-scopes = Marque al menos uno de los ámbitos ofrecidos.
err-token-days = Indique un número entero de días, de 1 a 365.
notice-token-revoked = Ese token ya no funciona.
audit-action-token-created = Token de API creado
audit-action-token-revoked = Token de API revocado
audit-action-token-used = Token de API usado
api-token-missing = Envíe un token de API personal en la cabecera Authorization: «Bearer» seguido del token.
api-token-unknown = Este token no se conoce. Compruebe que se copió completo o cree uno nuevo en la página de su cuenta.
api-token-expired = Este token ha caducado. Cree uno nuevo en la página de su cuenta.
api-token-revoked = Este token fue revocado, o su cuenta desactivada. Ya no funciona.
api-rate-limited = Demasiadas solicitudes con este token. Espere un minuto y vuelva a intentarlo.
api-not-found = No hay nada en esta dirección de la API.
api-method-not-allowed = Esta dirección de la API no admite ese método.
api-too-large = La solicitud es demasiado grande.
api-content-type = Envíe JSON, con la cabecera Content-Type: application/json.
api-bad-request = No se pudo leer la solicitud: un parámetro es desconocido o de tipo incorrecto.
api-cursor-invalid = Este cursor no se hizo para esta consulta. Empiece de nuevo sin cursor y siga next_cursor.
api-json-malformed = El cuerpo no es JSON bien formado.
api-json-unknown-field = El cuerpo tiene un campo que esta API no conoce. Envíe solo los campos documentados.
api-json-wrong-type = Un campo del cuerpo tiene un tipo incorrecto: texto, lista de textos o número, según lo documentado.
err-red-needs-person = TLP:RED solo lo envía una persona en el portal, con un código nuevo del autenticador: nunca con un token de API.
tokens-revoke = Revocar
tokens-revoke-named = Revocar el token «{ $name }»
api-ref-title = Referencia de la API
api-ref-lead = Los programas, como el sistema de tickets de un CERT nacional, leen y modifican el directorio mediante esta API, como lo hacen las personas en el portal. Las respuestas están en JSON, con claves en inglés que no cambian dentro de la versión 1.
api-ref-auth = Cada solicitud lleva un token personal, creado en su página de cuenta, en el encabezado Authorization: «Bearer» seguido del token. Un token nunca hace más de lo que su titular puede hacer, y solo lo que sus ámbitos permiten. Enviar en TLP:RED requiere una persona con un código reciente, por lo que ningún token puede hacerlo.
api-ref-english = Los nombres de las operaciones de esta página están en su idioma; las claves, los tipos y las descripciones de los campos están en inglés, como en el documento OpenAPI.
api-ref-download = El documento OpenAPI 3.1 (JSON)
api-ref-contents = Contenido
api-ref-types = Tipos de datos
api-ref-problems = Problemas
api-ref-problems-lead = Un rechazo es un problema RFC 9457 (application/problem+json): un código estable para los programas y un título en el idioma pedido en Accept-Language. Una entrada no válida indica además cada campo erróneo y cómo corregirlo.
api-ref-name = Nombre
api-ref-type = Tipo
api-ref-required = Obligatorio
api-ref-description = Descripción
api-ref-yes = sí
api-ref-no = no
api-ref-scope = Ámbito
api-ref-body = Cuerpo de la solicitud
api-ref-answer = Respuesta
api-ref-parameters = Parámetros
api-ref-fields = Campos
api-ref-code = Código
api-ref-meaning = Significado
footer-api = API para programas
tokens-reference = Cómo usa un programa un token: la referencia de la API
api-tag-tokens = El token
api-tag-directory = Consultar el directorio
api-tag-submissions = Las entradas de un Estado
api-tag-checks = Comprobaciones de comunicación
api-tag-messages = Comunicaciones entre Estados
api-tag-custodian = El trabajo del custodio
api-op-get-me = El token en uso y en nombre de quién actúa
api-op-list-states = Enumerar los Estados participantes
api-op-list-state-entries = Enumerar las entradas publicadas de un Estado
api-op-search-entries = Buscar y filtrar el directorio
api-op-get-entry = Leer una entrada
api-op-get-entry-history = Leer el historial de una entrada
api-op-nominate-entry = Designar una entrada
api-op-update-entry = Modificar una entrada
api-op-withdraw-entry = Retirar una entrada
api-op-confirm-state-entries = Confirmar que todas las entradas de un Estado están al día
api-op-report-problem = Informar de un problema con una entrada
api-op-list-pending-checks = Enumerar las comprobaciones del Estado pendientes de respuesta
api-op-acknowledge-check = Acusar recibo de una comprobación
api-op-list-threads = Enumerar las comunicaciones del Estado
api-op-get-thread = Leer una comunicación
api-op-send-communication = Enviar una comunicación a partir de una plantilla
api-op-acknowledge-thread = Acusar recibo de una comunicación
api-op-reply-to-thread = Responder a una comunicación
api-op-list-changes = Enumerar los cambios pendientes de verificación
api-op-get-change = Leer un cambio y lo que modifica
api-op-verify-change = Verificar y publicar un cambio
api-op-reject-change = Rechazar un cambio
api-op-list-access-requests = Enumerar las solicitudes de acceso
api-op-admit-access-request = Admitir una solicitud de acceso
api-op-reject-access-request = Rechazar una solicitud de acceso
api-op-launch-check = Iniciar una comprobación de comunicación
api-op-get-usage = Leer las estadísticas de uso
api-op-export-directory = Exportar el directorio en CSV, JSON o vCard
api-op-list-campaigns = Enumerar las campañas de comprobación
api-op-get-campaign-results = Leer los resultados de una campaña
api-op-get-record = Obtener el registro de intercambios del Estado
api-op-ask-consent = Pedir consentimiento para compartir con un tercer Estado
api-op-decide-consent = Conceder o denegar el consentimiento
api-op-forward-under-consent = Transmitir con el consentimiento concedido
err-regional-name = Indique el nombre del directorio, hasta 80 caracteres: por ejemplo, «OSCE».
err-regional-name-taken = Ya hay un directorio registrado con este nombre. Revóquelo primero o elija otro nombre.
err-sharing-decision = Elija si compartir con este directorio o dejar de compartir.
err-sync-cursor = Este cursor no lo dio este flujo. Empiece por una instantánea y devuelva el cursor que esta indique.
api-resync = Este cursor es demasiado antiguo, o ha cambiado demasiado desde entonces: tome una nueva instantánea y siga los cambios desde su cursor.
regional-title = Directorios regionales
regional-lead = Un directorio regional, como el de la OSCE, guarda una copia de las entradas de los Estados que eligieron compartir con él, y de ningún otro. Regístrelo aquí para darle una credencial; después cada Estado decide en su espacio.
regional-created = { $name } está registrado. Entréguele esta credencial por un canal seguro.
regional-secret = Credencial
regional-name = Directorio
regional-registered = Registrado
regional-revoke-named = Revocar { $name }
regional-none = No hay ningún directorio regional registrado.
regional-new = Registrar un directorio regional
regional-name-hint = Como lo conocen los Estados, por ejemplo «OSCE» u «OEA».
regional-register = Registrar
sharing-title = Compartir con directorios regionales
sharing-lead = Su Estado decide con qué directorios regionales se comparten sus entradas. Un directorio con el que comparte guarda una copia y recibe cada cambio; si deja de compartir, se le indica que las elimine.
sharing-status = Entradas
sharing-on = Compartidas
sharing-off = No compartidas
sharing-start = Compartir
sharing-stop = Dejar de compartir
sharing-start-named = Compartir con { $name }
sharing-stop-named = Dejar de compartir con { $name }
notice-sharing-granted = Sus entradas se comparten ahora con este directorio.
notice-sharing-revoked = Se dejó de compartir. Se indica al directorio que elimine sus entradas.
api-tag-regional = Directorios regionales
api-op-sync-snapshot = Tomar una instantánea de las entradas compartidas
api-op-sync-changes = Seguir los cambios desde un cursor
api-op-sync-teams = Leer las entradas compartidas en el formato Global IRT
audit-action-regional-registered = Directorio regional registrado
audit-action-regional-revoked = Directorio regional revocado
audit-action-regional-used = Directorio regional sincronizado
audit-action-sharing-granted = Compartición con un directorio regional concedida
audit-action-sharing-revoked = Compartición con un directorio regional revocada
regional-revoke = Revocar
regional-reference = Qué lee un directorio regional, y cómo: la referencia de la API
import-title = Importar un directorio regional
import-lead = Cada fila del archivo se convierte en un cambio en nombre de su Estado, pendiente de verificación como cualquier otro, con el archivo indicado como fuente. Nada se publica directamente. Compruebe primero el archivo: la comprobación no escribe nada e indica qué haría cada fila.
import-file-refused = No se puede leer el archivo; no se cambió nada:
import-checked = Lo que haría la importación
import-done = La importación está hecha
import-has-errors = { $count ->
    [one] Una fila tiene un error. No se escribió nada: corrija el archivo y vuelva a comprobarlo.
   *[other] { $count } filas tienen errores. No se escribió nada: corrija el archivo y vuelva a comprobarlo.
}
import-ready = Todas las filas están en orden. Aún no se escribió nada: elija de nuevo el mismo archivo e impórtelo.
import-submitted = Los cambios esperan verificación, cada uno en nombre de su Estado; se informa a los Estados.
import-new = Nuevas
import-update = Actualizaciones
import-unchanged = Sin cambios
import-invalid = Errores
import-row = Fila
import-outcome = Resultado
import-see-entry = la entrada
import-again = Comprobar o importar un archivo
import-file = Archivo
import-file-hint = CSV o JSON, como máximo { $max } filas.
import-source = Fuente
import-source-hint = Se registra en cada cambio, por ejemplo «Lista de la OSCE del 1 de diciembre de 2026». El nombre del archivo si se deja vacío.
import-check = Comprobar el archivo
import-submit = Importar
import-formats = Archivos que lee pocdir
import-format-csv = CSV en UTF-8 con este encabezado (en cualquier orden; state, poc_type, entity y emails son obligatorios; listas separadas por «;»; un teléfono que termina en «24/7» atiende las 24 horas):
import-format-pocdir = JSON en el formato de exportación de pocdir (la exportación «JSON» del directorio, o GET /api/v1/export/json).
import-format-irt = JSON en el formato Global IRT (una lista de equipos, o su envoltorio con «data»); también se leen los campos con el prefijo «-pocdir-», y un equipo es un contacto técnico salvo que digan otra cosa.
import-matching = Una fila actualiza la entrada cuyo identificador indica; si no, la entrada del Estado del mismo tipo que comparte una dirección de correo; si no, designa una entrada nueva. Una fila que dice lo ya publicado, o ya pendiente, no cambia nada, así que importar de nuevo el mismo archivo no cambia nada.
field-row = Fila
field-file = Archivo
err-import-encoding = El archivo no es texto UTF-8. Guárdelo como UTF-8 (CSV UTF-8, o JSON) e inténtelo de nuevo.
err-import-empty = El archivo no tiene filas. Elija un archivo CSV con su encabezado y filas, o un archivo JSON.
err-import-too-many = El archivo tiene más de { $max } filas. Divídalo en archivos más pequeños.
err-import-csv = No se puede leer el encabezado CSV. La primera línea debe nombrar las columnas, separadas por comas.
err-import-csv-line = No se puede leer la línea { $line }: tiene más o menos columnas que el encabezado, o unas comillas sin cerrar.
err-import-column = La columna «{ $column }» no es una que pocdir lea. Use el encabezado documentado abajo.
err-import-column-missing = Falta la columna «{ $column }». Añádala al encabezado.
err-import-json = El archivo no es JSON bien formado.
err-import-json-shape = Este JSON no es ni una exportación de pocdir (un objeto con «entries») ni Global IRT (una lista de equipos, o un objeto con «data»).
err-import-pending = Ya hay otro cambio de esta entrada pendiente de verificación. Espere la decisión del custodio y vuelva a importar.
err-import-unknown-id = Ninguna entrada de este Estado tiene este identificador. Deje el identificador vacío para designar una entrada nueva.
email-import-to-verify-subject = { $count } cambios importados por verificar
email-import-to-verify-body = 
    Una importación ({ $source }) presentó { $count } cambios en nombre de los Estados. Cada uno espera verificación como cualquier otro:

    { $url }
email-import-on-behalf-subject = Se importaron cambios en las entradas de su Estado
email-import-on-behalf-body = 
    El custodio importó el archivo de un directorio regional ({ $source }). Generó { $count } cambios en las entradas de su Estado, en su nombre. Otro custodio verifica cada uno antes de publicarlo. Si su Estado no lo aceptó, avise de inmediato al custodio.

    { $url }
audit-action-directory-imported = Directorio regional importado
err-shell-not-custodian = Esta cuenta no es la de un custodio activo. Indique la cuenta de un custodio.
err-page-cursor = Esta lista no dio este cursor. Empiece de nuevo sin cursor y siga next_cursor.
page-first = Volver a la primera página
err-page-limit = Una página contiene de 1 a 500 elementos. Pida un número en ese intervalo.
api-op-attach-file = Adjuntar un archivo a una comunicación
api-op-get-attachment = Descargar el archivo adjunto de una comunicación
guide-nav = Guía POC 101
guide-title = POC 101: guía del directorio
guide-lead = Para diplomáticos y contactos técnicos que empiezan a usar el directorio: para qué sirve, cómo participar y qué hacer cuando llega un mensaje.
guide-contents = Contenido
guide-purpose-title = Para qué sirve el directorio
guide-purpose-1 = El directorio indica, para cada Estado participante, a quién contactar ante un incidente grave de TIC: contactos diplomáticos que hablan en nombre del Estado y contactos técnicos, normalmente en el CERT nacional, que pueden actuar sobre el incidente.
guide-purpose-2 = Su fin es la confianza: en una crisis, un Estado llega en minutos a la persona adecuada de otro, con un mensaje normalizado que indica su urgencia y quién puede leerlo, y ambos conservan constancia del intercambio. Complementa los canales regionales y bilaterales, sin sustituirlos. La participación es voluntaria.
guide-join-title = Cómo se incorpora un Estado
guide-join-1 = La Misión Permanente del Estado ante las Naciones Unidas solicita el acceso en la página «Solicitar acceso», citando su nota verbal.
guide-join-2 = El custodio verifica la solicitud con la Misión por otro canal y después invita al administrador nacional que la Misión designó. El administrador elige una contraseña y configura una aplicación de autenticación: a todos se les exige un segundo factor.
guide-join-3 = Después el Estado designa sus puntos de contacto. Una vez verificados por el custodio, los ven los demás Estados participantes, nunca el público.
guide-roles-title = Quién hace qué
guide-roles-custodian = El custodio mantiene el directorio: admite a los Estados, verifica cada designación y cada cambio antes de publicarlos y realiza las comprobaciones de comunicación. Es una pequeña secretaría, que no es parte en los intercambios entre Estados.
guide-roles-admin = Un administrador nacional gestiona las fichas del Estado y sus usuarios, y responde al custodio sobre ellos. Un Estado puede tener varios.
guide-roles-member = Los miembros, como los propios puntos de contacto, consultan el directorio, responden a las comprobaciones y envían y reciben comunicaciones en nombre de su Estado.
guide-entries-title = Designar contactos y mantener las fichas al día
guide-entries-1 = Una ficha nombra, si puede, una función más que a una persona —el CERT nacional, la unidad cibernética del ministerio—, con direcciones atendidas las 24 horas si es posible, teléfonos, idiomas de trabajo y huso horario.
guide-entries-2 = Cada designación, actualización o retirada espera al custodio, que la verifica con el Estado antes de publicarla; el Estado recibe aviso cuando se publica. El historial de cada ficha muestra todas sus versiones y cómo se verificaron.
guide-entries-3 = Cada ficha se confirma al menos cada { $months } meses, aunque nada haya cambiado: «Confirmar que todas las entradas son correctas» en la página del Estado lo hace de una vez, y los administradores reciben un recordatorio antes del vencimiento. Un contacto desactualizado es peor que ninguno.
guide-checks-title = Las comprobaciones de comunicación y por qué importa responder
guide-checks-1 = Con regularidad, y siempre que el custodio lo necesite, cada punto de contacto recibe un breve mensaje de comprobación en su idioma con un enlace. Basta con seguir el enlace y pulsar el botón, o acusar recibo en el portal.
guide-checks-2 = La respuesta demuestra que la dirección funciona, que alguien la lee y con qué rapidez. Cada Estado ve sus propios resultados y el custodio los de todos, por región y tipo. A un contacto que no responde se le recuerda, y después se avisa a sus administradores.
guide-checks-3 = Responda aunque todo vaya bien: en un incidente real, un contacto que no responde es un eslabón roto de la cadena.
guide-send-title = Enviar una comunicación
guide-send-1 = En «Comunicaciones», elija el Estado destinatario, una plantilla (por ejemplo, una solicitud de asistencia o la notificación de un incidente), la urgencia y la marca TLP, y rellene los campos de la plantilla en su idioma. El Estado destinatario lee los nombres de los campos en el suyo.
guide-send-2 = Los puntos de contacto del Estado destinatario reciben un correo que les avisa de que una comunicación les espera; el contenido permanece en el directorio. Acusan recibo y pueden responder en el mismo hilo. Si no se acusa recibo a tiempo, se escala a más contactos de ese Estado.
guide-send-3 = Cada comunicación, acuse de recibo y respuesta consta en el registro de ambos Estados; cada uno puede exportar el suyo desde la página Comunicaciones.
guide-urgency-title = La urgencia: en qué plazo se espera el acuse de recibo
guide-urgency-urgent = Urgente: en { $minutes } minutos.
guide-urgency-high = Alta: en { $hours } horas.
guide-urgency-routine = Ordinaria: en { $days } días.
guide-tlp-title = TLP: quién puede leer lo que envía
guide-tlp-lead = El Traffic Light Protocol (TLP 2.0, publicado por FIRST) indica a los destinatarios hasta dónde pueden compartir la información. Elija la marca menos restrictiva que aún la proteja.
guide-tlp-red = TLP:RED — solo los destinatarios nombrados. Enviarlo exige un código reciente de su aplicación de autenticación, así que ningún programa puede enviarlo.
guide-tlp-amber-strict = TLP:AMBER+STRICT — solo dentro de la organización destinataria.
guide-tlp-amber = TLP:AMBER — dentro de la organización destinataria y con quienes necesiten saberlo para protegerla.
guide-tlp-green = TLP:GREEN — dentro de la comunidad, pero no públicamente.
guide-tlp-clear = TLP:CLEAR — sin límite de difusión.
guide-consent-title = El consentimiento para compartir con un tercer Estado
guide-consent-1 = La información recibida por el directorio no se transmite a otro Estado sin el consentimiento del remitente. El Estado destinatario lo pide en el hilo, indicando qué quiere compartir y con quién; el remitente lo concede o lo deniega, y solo entonces puede reenviarse la información. Cada paso consta en el registro de ambos Estados.
guide-consent-2 = Además, cada Estado decide en su página si sus fichas se comparten con directorios regionales, como el de la OSCE, y puede retirar ese consentimiento en cualquier momento.
guide-custodian-title = Lo que el custodio puede ver y lo que no
guide-custodian-can = El custodio ve las fichas, su historial y los resultados de las comprobaciones, quién tiene cuenta y el registro de auditoría de lo realizado. De las comunicaciones solo ve cifras: cuántas, de qué tipo y urgencia, por mes y región.
guide-custodian-cannot = Nunca ve el contenido de las comunicaciones entre Estados, ni quién consultó a quién. El contenido se guarda sellado en la base de datos y solo se muestra a las partes.
usage-empty = Todavía no se ha enviado ninguna comunicación por el directorio. Cuando los Estados intercambien comunicaciones, esta página las contará por plantilla, urgencia, mes y región del Estado remitente. Nunca muestra su contenido ni quién escribió a quién.
usage-page-title = Uso del directorio
usage-lead-all = Con qué frecuencia se usa el directorio y para qué: inicios de sesión, consultas, búsquedas, exportaciones, comunicaciones y comprobaciones, por mes y por región del Estado de que se trate. Solo cifras: nunca el contenido de una comunicación ni quién consultó a quién.
usage-csv = Descargar las cifras (CSV)
usage-by-region-all = Por región
usage-col-month = Mes
usage-col-region = Región
usage-col-sign_ins = Inicios de sesión
usage-col-views = Consultas
usage-col-searches = Búsquedas
usage-col-exports = Exportaciones
usage-col-communications = Comunicaciones
usage-col-checks = Comprobaciones
usage-region-custodian = El custodio (sin Estado)
usage-communications-title = Comunicaciones por tipo y urgencia
usage-chart = Las barras muestran juntas las consultas y las búsquedas; la tabla da todas las cifras.
public-fallback = Este texto aún no se ha redactado en su idioma: aquí está en inglés.
news-title = Noticias
news-none = Todavía no se ha publicado ninguna noticia.
news-updated = Actualizado el { $date }
pages-title = Páginas públicas
pages-lead = Los textos que el público lee en la página de inicio y en la de noticias, en cada uno de los seis idiomas, escritos en Markdown. Cada guardado es una nueva versión. Un idioma sin texto propio muestra el inglés y lo indica; una página nunca escrita conserva el texto integrado del directorio.
page-name-mandate = Mandato
page-name-join = Cómo incorporarse
page-name-news = Noticias
pages-col-lang = Idioma
pages-col-version = Versión publicada
pages-missing = Sin redactar
pages-edit = Editar
pages-version = Versión { $version }, { $date }
pages-edit-title = { $page }: { $language }
pages-body = Texto (Markdown)
pages-body-hint = Un título empieza por { $heading }, un elemento de lista por { $item }, y un enlace se escribe { $link }. El HTML se elimina. Como máximo { $max } caracteres. Un texto vacío retira la versión de este idioma: los lectores reciben la inglesa.
pages-preview = Vista previa
pages-publish = Publicar
pages-preview-title = Vista previa
pages-preview-note = Tal como lo verán los lectores. No se guarda nada hasta que publique.
pages-preview-empty = El texto está vacío: los lectores recibirán la versión inglesa o el texto integrado.
pages-history = Versiones
pages-version-by = Versión { $version }, { $date }, por { $name }
pages-never = Nunca redactado en este idioma: los lectores reciben la versión inglesa o el texto integrado.
err-page-too-long = El texto supera los 20 000 caracteres. Acórtelo o traslade una parte a las noticias.
notice-page-published = La página está publicada.
audit-action-page-published = Página pública publicada
initiatives-title = Creación de capacidad
initiatives-lead = Iniciativas de creación de capacidad y reuniones de expertos que ofrecen los Estados participantes, publicadas por el custodio. Los datos de contacto solo aparecen si el Estado decidió publicarlos.
initiatives-from = No terminadas el
initiatives-filter = Mostrar
initiatives-none = Ninguna iniciativa publicada coincide. Pruebe otra región, otro tema u otro día.
initiative-kind = Tipo
initiative-kind-initiative = Iniciativa de creación de capacidad
initiative-kind-meeting = Reunión de expertos
initiative-topic = Tema
initiative-topic-incident-response = Respuesta a incidentes
initiative-topic-policy-diplomacy = Política y diplomacia
initiative-topic-law-cybercrime = Derecho y ciberdelincuencia
initiative-topic-technical-training = Formación técnica
initiative-topic-exercises = Ejercicios
initiative-topic-other = Otro
initiative-open = Abierta a todos los Estados
initiative-dates = Fechas
initiative-from-to = del { $from } al { $to }
initiative-organiser = Organizador
initiative-languages = Idiomas
initiative-contact = Dirección de contacto
initiative-in-english = En inglés
initiative-propose-title = { $state }: creación de capacidad
initiative-propose-lead = Proponga una iniciativa de creación de capacidad o una reunión de expertos. Redáctela en cualquiera de los seis idiomas, con una traducción al inglés si puede. El custodio la publica en las páginas públicas o le explica por qué no.
initiative-propose-link = Proponer una iniciativa de creación de capacidad
initiative-written-in = Redactada en
initiative-title = Título
initiative-description = Descripción
initiative-title-en = Título en inglés
initiative-description-en = Descripción en inglés
initiative-starts = Primer día
initiative-ends = Último día (si hay más de uno)
initiative-contact-public = Publicar la dirección de contacto con la iniciativa
initiative-open-to-all = Abierta a todos los Estados
initiative-submit = Proponer
initiative-mine = Las propuestas de su Estado
initiative-mine-none = Su Estado todavía no ha propuesto nada.
initiative-status-pending = Pendiente del custodio
initiative-status-published = Publicada
initiative-status-declined = Rechazada
initiative-declined-because = Motivo: { $reason }
initiatives-pending-title = Iniciativas propuestas
initiatives-pending-lead = Iniciativas de creación de capacidad y reuniones de expertos propuestas por los Estados. Publique una para ponerla en las páginas públicas o recházela con un motivo que el Estado leerá.
initiatives-pending-none = No hay propuestas pendientes.
initiative-publish = Publicar
initiative-decline = Rechazar
initiative-decline-reason = Motivo del rechazo (el Estado lo leerá)
err-initiative-kind = Indique si se trata de una iniciativa o de una reunión de expertos.
err-initiative-topic = Elija uno de los temas ofrecidos.
err-initiative-languages = Marque al menos uno de los seis idiomas en que se celebra.
err-initiative-dates = El último día es anterior al primero. Corrija uno de ellos.
err-initiative-past = Ya ha terminado. Solo se publican las iniciativas futuras o en curso.
err-initiative-decided = Ya se decidió sobre esta propuesta.
notice-proposed = Propuesta: el custodio la publicará o le dirá por qué no.
notice-initiative-published = La iniciativa está publicada.
notice-initiative-declined = La iniciativa está rechazada; el Estado leerá su motivo.
audit-action-initiative-proposed = Iniciativa propuesta
audit-action-initiative-published = Iniciativa publicada
audit-action-initiative-declined = Iniciativa rechazada
email-initiative-proposed-subject = { $state } propone: { $title }
email-initiative-proposed-body = 
    { $state } propuso una iniciativa de creación de capacidad o una reunión de expertos. Publíquela en las páginas públicas o recházela con un motivo que el Estado leerá:

    { $url }
email-initiative-published-subject = Publicada: { $title }
email-initiative-published-body = 
    El custodio publicó la propuesta de su Estado en las páginas públicas del directorio:

    { $url }
email-initiative-declined-subject = No publicada: { $title }
email-initiative-declined-body = 
    El custodio rechazó la propuesta de su Estado por este motivo: { $reason }

    { $url }
guide-capacity-title = Creación de capacidad, noticias y ayuda
guide-capacity-1 = Los Estados se ofrecen mutuamente formación, talleres y reuniones de expertos. Un administrador nacional propone una desde la página del Estado; una vez publicada por el custodio, aparece en «Creación de capacidad», abierta al público, con un contacto solo si el Estado decidió publicarlo.
guide-capacity-2 = Las noticias del custodio están en la página «Noticias». Para obtener ayuda con su cuenta o las fichas de su Estado, consulte a su administrador nacional; los administradores escriben al custodio.
exercise-mark = EJERCICIO
exercise-banner = EJERCICIO — se trata de una simulación, no de un incidente real.
email-exercise-line = *** EJERCICIO — se trata de una simulación, no de un incidente real. ***
exercise-control = Dirección del ejercicio
email-exercise-invited-subject = Su Estado está invitado a un ejercicio del Directorio de Puntos de Contacto
email-exercise-invited-body = El custodio del Directorio de Puntos de Contacto invita a su Estado a participar en un ejercicio basado en un escenario.

    Inicie sesión para leer el escenario, aceptar o declinar la invitación y designar a los puntos de contacto que participarán como jugadores:

    { $link }
err-exercise-closed = Este ejercicio ha finalizado o ha sido cancelado: ya no puede modificarse.
err-exercise-language = Elija uno de los seis idiomas.
err-exercise-no-injects = Añada al menos una inyección al cronograma antes de iniciar el ejercicio.
err-exercise-no-players = Al menos un Estado debe aceptar la invitación y designar a sus jugadores antes de que pueda iniciarse el ejercicio.
err-exercise-not-running = El ejercicio no está en curso: primero inícielo o reanúdelo.
err-exercise-not-started = Las lecciones aprendidas pueden presentarse una vez iniciado el ejercicio.
err-exercise-players = Para aceptar, elija como jugador al menos uno de los puntos de contacto publicados de su Estado.
err-exercise-states = Elija uno o varios Estados participantes.
err-exercise-status = Esta acción no es posible en la situación actual del ejercicio; la página muestra las acciones disponibles en este momento.
err-inject-after = Elija la inyección a la que sigue esta, entre las que ya figuran en el cronograma.
err-inject-before-start = Una inyección no puede programarse antes del inicio: indique un tiempo de cero minutos o más.
err-inject-expiry = El plazo de esta acción esperada vencería después de su expiración: acorte el plazo o prolongue el de expiración.
err-inject-followed = Otra inyección sigue a esta: primero elimine o modifique esa inyección.
err-inject-minutes = Indique un número entero de minutos, de 1 a 43 200 (treinta días).
err-inject-release = Elija cuándo se lanza la inyección: en un momento determinado, después de otra inyección o manualmente.
err-inject-released = Esta inyección ya se ha lanzado.
err-inject-states = Elija uno o varios de los Estados invitados a este ejercicio que no hayan declinado la invitación.
exercises-title = Ejercicios
exercises-lead = Los ejercicios basados en escenarios comprueban si es posible comunicarse con los puntos de contacto y si estos responden a tiempo. Cada inyección se entrega como una comunicación ordinaria, claramente marcada EJERCICIO; los jugadores responden desde su bandeja de entrada habitual. Ningún elemento de un ejercicio se incorpora al registro real de intercambios de un Estado ni a las cifras de uso.
exercises-list = Todos los ejercicios
exercises-none = Aún no hay ningún ejercicio.
exercises-state-lead = Ejercicios a los que está invitado su Estado. Todo lo que forma parte de un ejercicio está marcado EJERCICIO.
exercises-state-none = Su Estado no ha sido invitado a ningún ejercicio.
exercise-new = Preparar un nuevo ejercicio
exercise-written-in = Idioma de este texto
exercise-title = Título
exercise-narrative = Escenario
exercise-narrative-hint = La situación de la que parten los jugadores. Después podrá añadir el escenario en otros idiomas.
exercise-create = Crear el ejercicio
exercise-status-draft = En preparación
exercise-status-running = En curso
exercise-status-paused = En pausa
exercise-status-finished = Finalizado
exercise-status-canceled = Cancelado
exercise-do-launch = Iniciar
exercise-do-pause = Pausar
exercise-do-resume = Reanudar
exercise-do-end = Finalizar el ejercicio
exercise-do-cancel = Cancelar el ejercicio
exercise-started = Iniciado el { $date }
exercise-ended = Finalizado el { $date }
exercise-report-title = Informe final del ejercicio
exercise-csv = Descargar en CSV
exercise-board = Panel en directo
exercise-board-lead = Por Estado y por inyección: entrega, acuse de recibo y respuesta (tiempo desde el lanzamiento, en horas:minutos:segundos), escalamiento, resultado de cada acción esperada (en plazo, con retraso o sin cumplir) y punto en que se rompió la cadena.
exercise-scenario = Escenario
exercise-languages = Redactado en: { $languages }
exercise-scenario-edit = Modificar el escenario o añadir un idioma
exercise-scenario-save = Guardar el escenario
exercise-scenario-in = El escenario no está redactado en su idioma; se muestra en el siguiente idioma: { $language }.
exercise-states = Estados participantes
exercise-states-none = Aún no se ha invitado a ningún Estado.
exercise-invite = Invitar a Estados
exercise-invite-send = Enviar las invitaciones
exercise-answer-accepted = Aceptada
exercise-answer-declined = Declinada
exercise-answer-waiting = Sin respuesta aún
exercise-players-count = { $count ->
        [one] un jugador
       *[other] { $count } jugadores
    }
exercise-timeline = Cronograma de inyecciones
exercise-timeline-none = Aún no hay ninguna inyección.
exercise-inject-number = Inyección { $number }
exercise-inject-to = Destinatarios: { $states }
exercise-released-at = lanzada el { $date }
exercise-rehearse = Ensayar
exercise-release-now = Lanzar ahora
exercise-remove = Eliminar
exercise-inject-template = Plantilla de la próxima inyección
exercise-inject-add = Añadir una inyección
exercise-inject-needs-states = Invite primero a Estados: las inyecciones se dirigen a los Estados participantes.
exercise-inject-new = Nueva inyección
exercise-inject-lead = Una inyección es una comunicación de la dirección del ejercicio, o de un Estado cuyo papel desempeña la dirección, a los jugadores de uno o varios Estados participantes. Utiliza la plantilla, el grado de urgencia y el TLP habituales.
exercise-sender = Enviada en nombre de
exercise-sender-hint = Déjelo en blanco para enviar en nombre de la dirección del ejercicio, o indique el Estado cuyo papel desempeña la dirección (por ejemplo, un Estado ficticio del escenario).
exercise-inject-to-states = A los jugadores de
exercise-inject-content = Contenido
exercise-release = Lanzamiento
exercise-release-at = En un momento dado a partir del inicio
exercise-release-after = Después de otra inyección
exercise-release-after-which = Inyección a la que sigue
exercise-release-manual = Manualmente, cuando lo decida la dirección
exercise-offset = Minutos
exercise-offset-hint = Desde el inicio o después de la inyección a la que sigue. Las pausas no cuentan.
exercise-expectations = Acciones esperadas
exercise-expectations-hint = Lo que se espera que hagan los jugadores y en qué plazo. Déjelo en blanco si no se espera ninguna acción.
exercise-expect-ack-minutes = Acuse de recibo en un plazo de (minutos)
exercise-expect-answer-minutes = Respuesta en un plazo de (minutos)
exercise-expiry-minutes = Las acciones esperadas expiran al cabo de (minutos)
exercise-expiry-hint = Si no se ha cumplido para entonces, la acción esperada se considera incumplida. Si se deja en blanco: { $minutes } minutos (un día).
exercise-inject-save = Añadir al cronograma
inject-at = { $time } después del inicio
inject-after = { $time } después de la inyección { $number }
inject-manual = Lanzamiento manual
inject-expect-ack = Acuse de recibo en un plazo de { $time }
inject-expect-answer = Respuesta en un plazo de { $time }
inject-expiry = Expira al cabo de { $time }
exercise-rehearse-title = Ensayo de la inyección { $number }
exercise-rehearse-lead = Exactamente lo que verá un jugador, en el idioma que elija: el correo electrónico que le avisa y, después, la comunicación en el portal. No se envía nada a los Estados.
exercise-rehearse-lang = Idioma del jugador
exercise-rehearse-show = Mostrar
exercise-rehearse-email = El correo electrónico
exercise-rehearse-portal = La comunicación en el portal
exercise-rehearse-send = Enviarme este correo electrónico
exercise-state = Estado
exercise-inject = Inyección
exercise-released = Lanzamiento
exercise-delivery = Correo electrónico
exercise-acknowledged = Acuse de recibo al cabo de
exercise-answered = Respuesta al cabo de
exercise-escalated = Escalamiento
exercise-expectations-col = Acciones esperadas
exercise-broke = Punto en que se rompió la cadena
exercise-not-released = No lanzada
exercise-delivery-sent = Entregado
exercise-delivery-waiting = Pendiente de envío
exercise-delivery-failed = No entregado o devuelto
exercise-delivery-none = Sin correo electrónico
exercise-escalations = { $count ->
        [one] un nivel
       *[other] { $count } niveles
    }
exercise-escalation-empty = no llegó a nadie
exercise-expect-ack-short = Acuse de recibo:
exercise-expect-answer-short = Respuesta:
exercise-outcome-met = en plazo
exercise-outcome-late = con retraso
exercise-outcome-failed = sin cumplir
exercise-outcome-pending = pendiente
exercise-broke-not-delivered = Correo electrónico no entregado o devuelto
exercise-broke-escalation-empty = El escalamiento no llegó a nadie
exercise-broke-not-acknowledged = Entregado, pero sin acuse de recibo
exercise-broke-not-answered = Recepción confirmada, pero sin respuesta
exercise-broke-answered-late = Respuesta tardía
exercise-results-none = Aún no se ha lanzado ninguna inyección.
exercise-network = Toda la red
exercise-delivered = Inyecciones entregadas (por Estado y por inyección)
exercise-ack-rate = Recepción confirmada
exercise-answer-rate = Respondidas (tasa de respuesta)
exercise-ack-times = Tiempo hasta el acuse de recibo
exercise-answer-times = Tiempo de respuesta
exercise-median-p90 = mediana { $median }, percentil 90 { $p90 }
exercise-breaks = Punto en que se rompió la cadena
exercise-ack-rate-by-state = Proporción de inyecciones con acuse de recibo, por Estado
exercise-results = Resultados por Estado e inyección
exercise-report-print = Imprima esta página o guárdela en PDF desde su navegador: la versión impresa omite los menús y los botones.
exercise-lessons = Lecciones aprendidas
exercise-lessons-none = Aún no se ha presentado ninguna lección aprendida.
exercise-lesson-anonymous = Un Estado participante
exercise-lesson = Una lección aprendida
exercise-lesson-lang = Redactada en
exercise-lesson-submit = Presentar la lección
exercise-named-yes = Las lecciones de su Estado figuran con su nombre en el informe.
exercise-named-no = Las lecciones de su Estado figuran en el informe sin su nombre.
exercise-name-show = Mostrar el nombre de mi Estado
exercise-name-hide = Hacerlas anónimas
exercise-your-answer = Respuesta de su Estado
exercise-players = Jugadores
exercise-players-hint = Los puntos de contacto publicados que participan. Las inyecciones se dirigen a ellos; el escalamiento funciona como en una situación real.
exercise-accept = Aceptar con estos jugadores
exercise-decline = Declinar
exercise-your-results = Resultados de su Estado
exercise-how-to-play = Las inyecciones llegan a su bandeja de entrada habitual, marcadas EJERCICIO. Acuse recibo de ellas y respóndalas como lo haría en una situación real: los tiempos se registran al segundo.
usage-col-exercises = Estados en ejercicios
audit-action-exercise-created = Ejercicio creado
audit-action-exercise-scenario = Escenario del ejercicio redactado
audit-action-exercise-invited = Estado invitado a un ejercicio
audit-action-exercise-answered = Invitación a un ejercicio respondida
audit-action-exercise-naming = Elección sobre el nombre en las lecciones del ejercicio
audit-action-exercise-inject-added = Inyección de ejercicio añadida
audit-action-exercise-inject-removed = Inyección de ejercicio eliminada
audit-action-exercise-launch = Ejercicio iniciado
audit-action-exercise-pause = Ejercicio pausado
audit-action-exercise-resume = Ejercicio reanudado
audit-action-exercise-end = Ejercicio finalizado
audit-action-exercise-cancel = Ejercicio cancelado
audit-action-exercise-inject-released = Inyección de ejercicio lanzada
audit-action-exercise-rehearsed = Inyección de ejercicio ensayada
audit-action-exercise-lesson = Lección aprendida de un ejercicio presentada
err-exercise-answer = Indique si su Estado acepta o declina.
guide-exercises-title = Ejercicios
guide-exercises-1 = El custodio organiza ejercicios basados en escenarios para comprobar que los puntos de contacto son localizables y responden a tiempo. Su Estado recibe la invitación por correo electrónico; un administrador nacional acepta, designando los puntos de contacto que participarán, o declina.
guide-exercises-2 = Durante un ejercicio, sus mensajes llegan a su bandeja de entrada habitual como comunicaciones, marcadas EJERCICIO en cada página y en cada correo, para que nadie las confunda con un incidente real. Acuse recibo y responda como lo haría en la realidad: los tiempos se registran al segundo y el escalamiento funciona como de costumbre.
guide-exercises-3 = Nada de un ejercicio entra en el registro de intercambios reales de su Estado. Después, su Estado ve sus propios resultados junto a las cifras de toda la red, y los participantes presentan lecciones aprendidas en su propio idioma; el administrador nacional decide si llevan el nombre del Estado.
guide-figure-send-alt = El formulario para escribir a otro Estado: todos los puntos de contacto de un tipo, o puntos de contacto elegidos, cada uno con su hora local y su horario de disponibilidad.
guide-figure-send-caption = Escribir a un Estado: elija a quién dirigirse; su hora local le ayuda a saber si están trabajando.
guide-figure-exercise-alt = Una comunicación de un ejercicio: una franja morada EJERCICIO arriba y abajo, el remitente representado por la dirección del ejercicio, la urgencia, la marca TLP y la hora del acuse de recibo.
guide-figure-exercise-caption = Una comunicación de un ejercicio lleva la marca EJERCICIO arriba y abajo, y en el asunto de su correo.
field-pgp-key = Clave pública OpenPGP
hint-pgp-key = Opcional. Pegue la clave tal como se exportó, desde «-----BEGIN PGP PUBLIC KEY BLOCK-----» hasta la línea END. Se comprueba ahora: debe estar vigente y permitir el cifrado. Nunca pegue una clave privada.
field-pgp-expires = Vencimiento de la clave OpenPGP
pgp-expires = Vence el { $date }
pgp-never-expires = No vence
pgp-download = Descargar la clave
pgp-notice-expired = Esta clave ha vencido: nadie puede cifrar con ella.
pgp-notice-expiring = Esta clave vence en menos de treinta días.
pgp-notice-user-id = Ningún identificador de usuario de esta clave corresponde a una dirección de la entrada: compruebe que es la clave correcta.
err-pgp-too-large = Esta clave supera los 64 KB: expórtela sin firmas adicionales (gpg --export-options export-minimal).
err-pgp-private = Es una clave privada: no se ha guardado. Pegue solo la clave pública (gpg --armor --export) y considere comprometida la clave privada si salió de manos de su titular.
err-pgp-unreadable = No es una clave pública OpenPGP legible: pegue el bloque completo, con las líneas BEGIN y END.
err-pgp-signature = Las firmas propias de esta clave no se verifican: puede haber sido alterada. Vuelva a exportarla desde su titular.
err-pgp-revoked = Esta clave ha sido revocada por su titular: solicite la clave que la sustituye.
err-pgp-expired = Esta clave ha vencido: prorróguela (gpg --quick-set-expire) y vuelva a exportarla.
err-pgp-no-encryption = Esta clave solo puede firmar: no tiene ninguna parte vigente que cifre. Añada una subclave de cifrado (gpg --quick-add-key HUELLA cv25519 encr) y vuelva a exportarla.
err-pgp-fingerprint-mismatch = La huella introducida no es la de esta clave, que es { $fingerprint }: compruebe que pegó la clave correcta o borre la huella.
email-pgp-expiring-subject = Una clave OpenPGP de { $state } vence el { $date }
email-pgp-expiring-body = La clave OpenPGP de la entrada «{ $entity }» (huella { $fingerprint }) vence el { $date }.

    A partir de ese día no podrá cifrarse ninguna comunicación con ella. Prorrogue la clave, o pida a su titular que cree una nueva, y actualice la entrada:

    { $link }
email-pgp-expired-subject = Una clave OpenPGP de { $state } ha vencido
email-pgp-expired-body = La clave OpenPGP de la entrada «{ $entity }» (huella { $fingerprint }) venció el { $date }.

    Las comunicaciones dirigidas a esta entrada ya no se cifran. Actualice la entrada con una clave vigente:

    { $link }
audit-action-key-reminded = Recordatorio de clave OpenPGP enviado
email-signed-footer = Este correo está firmado con la clave OpenPGP del directorio, huella { $fingerprint }. Un correo que le pida hacer clic y no esté firmado con esta clave no procede del directorio: no haga clic y avise a su administrador nacional. Cómo comprobarlo: { $url }/guide#genuine
footer-mail-key = Nuestros correos están firmados con la clave OpenPGP
footer-mail-key-download = Descargar la clave
footer-mail-key-how = Cómo comprobar un correo
guide-genuine-title = Distinguir nuestros correos de las imitaciones
guide-genuine-1 = Las comprobaciones y notificaciones le piden hacer clic en un enlace, y por eso los atacantes las imitan. Cada correo que envía el directorio está firmado con su propia clave OpenPGP, cuya huella es:
guide-genuine-2 = Un programa de correo que lea OpenPGP (Thunderbird, por ejemplo, u Outlook con un complemento) muestra la firma como válida una vez importada la clave. Si no dispone de uno, guarde el correo y pida a su CERT que lo compruebe con GnuPG (gpg --verify). Compare la huella con la indicada arriba, que aparece en cada página del directorio.
guide-genuine-3 = Un correo que le pida acusar recibo o iniciar sesión y no esté firmado con esta clave no procede del directorio: no haga clic y avise a su administrador nacional.
email-encrypted-body = Este correo está cifrado con su clave OpenPGP: ábralo con su programa OpenPGP. Contiene la comunicación y el enlace para acusar recibo.
thread-key-problem = El correo a «{ $entity }» se envió sin el contenido:
email-pgp-unusable-subject = Una comunicación llegó a «{ $entity }» sin su contenido: su clave OpenPGP no puede usarse
email-pgp-unusable-body = Una comunicación dirigida a su Estado se envió a «{ $entity }», pero su contenido no pudo cifrarse con la clave OpenPGP de la entrada: { $reason }

    El correo se envió sin el contenido, como las notificaciones sin clave; la comunicación espera en el portal. Actualice la clave de la entrada:

    { $link }
passkeys-title = Llaves de acceso
passkey-what = Una llave de acceso la guarda su dispositivo o su llave de seguridad y se desbloquea con su huella, su rostro o su PIN. Prueba su identidad solo ante este sitio, así que un sitio imitado no puede usarla.
passkeys-custodian = Las cuentas del custodio inician sesión con una llave de acceso. Conserve al menos una; añada otra en otro dispositivo por si pierde una.
passkeys-none = Aún no tiene ninguna llave de acceso.
passkey-new = Añadir una llave de acceso
passkey-name = Nombre de esta llave de acceso
passkey-name-hint = Algo que le indique qué dispositivo la guarda, p. ej. «Portátil de la oficina» o «Llave de seguridad azul».
passkey-add = Añadir una llave de acceso
passkey-use = Usar una llave de acceso
passkey-failed = Su navegador o su autenticador no dio ninguna llave de acceso (cancelado, tiempo agotado o no disponible). Inténtelo de nuevo o use un código.
passkey-needs-script = Para añadir una llave de acceso se necesita JavaScript y un navegador compatible con llaves de acceso.
passkey-remove = Quitar
passkey-remove-named = Quitar la llave de acceso { $name }
col-passkey-name = Llave de acceso
col-added = Añadida
passkey-setup-title = Añada una llave de acceso para continuar
passkey-setup-lead = Las cuentas del custodio deben iniciar sesión con una llave de acceso. Hasta que añada una, esta cuenta no puede hacer nada más.
passkey-setup-until = Puede iniciar sesión con su código para añadir una hasta el { $until }, una sola vez. Después, solo el operador puede volver a dar acceso a esta cuenta ({ $command }).
notice-passkey-added = La llave de acceso se ha añadido. Úsela la próxima vez que inicie sesión.
notice-passkey-removed = La llave de acceso se ha quitado: ya no permite iniciar sesión en esta cuenta.
err-passkey-name = Dé a esta llave de acceso un nombre de 1 a 60 caracteres, para distinguirla de las demás.
err-passkey-unreadable = La respuesta del navegador no pudo leerse como una respuesta de llave de acceso. No se cambió nada; inténtelo de nuevo.
err-passkey-expired = Esta solicitud de llave de acceso ha caducado o ya fue respondida. No se cambió nada; inténtelo de nuevo.
err-passkey-challenge = Esta respuesta de llave de acceso se hizo para otra solicitud, no para esta. No se cambió nada.
err-passkey-origin = Esta respuesta de llave de acceso se hizo para otro sitio. Si no lo esperaba, alguien puede estar imitando pocdir; avise al custodio. No se cambió nada.
err-passkey-cloned = El contador de uso de esta llave de acceso retrocedió: puede haber sido copiada. Se ha rechazado; quítela de su cuenta y avise al custodio.
err-passkey-unverified = El autenticador no le verificó (huella, rostro o PIN). Aquí las llaves de acceso siempre lo exigen; inténtelo de nuevo.
err-passkey-refused = Esta respuesta de llave de acceso no es válida para esta cuenta. No se cambió nada.
err-passkey-model = Este tipo de autenticador (modelo { $model }) no está permitido aquí. Use uno de los modelos que permite el custodio.
err-passkey-known = Esta llave de acceso ya está registrada. No se cambió nada.
err-passkey-none = Esta cuenta no tiene llave de acceso. Use su código o añada una llave de acceso en la página de su cuenta.
err-passkey-last = Una cuenta del custodio conserva al menos una llave de acceso. Añada otra antes de quitar esta.
err-passkey-required = Las cuentas del custodio inician sesión con una llave de acceso, no con un código. Use el botón de llave de acceso.
err-passkey-grace-over = El plazo para añadir una llave de acceso a esta cuenta del custodio ha terminado. Pida al operador que restablezca su segundo factor ({ $command }).
audit-action-passkey-added = Llave de acceso añadida
audit-action-passkey-removed = Llave de acceso quitada
audit-action-login-passkey-grace-over = Inicio de sesión rechazado: plazo para la llave de acceso terminado
passkey-send = Enviar, confirmado con una llave de acceso
export-confirm-title = Confirmar la exportación
export-confirm-lead = Esta exportación contiene los contactos de más de un Estado: una copia del directorio que sale del portal. Confirme que es usted, con un código de su aplicación de autenticación o una llave de acceso. La exportación queda registrada en el registro de auditoría.
export-confirm-submit = Exportar
export-confirm-back = Volver al directorio
passkey-export = Exportar, confirmado con una llave de acceso
nav-cancel-sign-in = Cancelar el inicio de sesión
field-pgp-key-file = O cargue el archivo de la clave
hint-pgp-key-file = Un archivo de texto (.asc), tal como lo escribe «gpg --armor --export». Un archivo elegido aquí sustituye al texto de arriba.
err-pgp-binary = Este archivo de clave es binario. Cargue la clave como texto: expórtela con «gpg --armor --export», que escribe un archivo que empieza por «-----BEGIN PGP PUBLIC KEY BLOCK-----».
guide-signin-title = Iniciar sesión: códigos y llaves de acceso
guide-signin-1 = Cada cuenta necesita un segundo factor después de la contraseña: un código de seis dígitos de una aplicación de autenticación en su teléfono, y diez códigos de recuperación que conviene guardar en papel por si pierde el teléfono.
guide-signin-2 = Una llave de acceso es más rápida y segura: añada una en «Mi cuenta» y luego inicie sesión desbloqueando su teléfono o tocando su llave de seguridad. Solo funciona en este sitio, así que una imitación no puede capturarla. Una llave de acceso también confirma el envío en TLP:RED y la exportación de contactos de más de un Estado.
guide-signin-3 = Las cuentas del custodio inician sesión solo con una llave de acceso; conserve dos, en dispositivos distintos. Si un custodio las pierde todas, el operador le devuelve el acceso desde la línea de órdenes del servidor, y queda registrado en el registro de auditoría.
email-message-new-encrypted-body =
    { $state } ha enviado una comunicación a su Estado por medio del Directorio de Puntos de Contacto.

    Grado de urgencia: { $urgency }
    Marcado: { $tlp }

    La comunicación figura a continuación, cifrada para su clave OpenPGP. Sírvase iniciar sesión para acusar recibo y responder:

    { $link }
email-message-reply-encrypted-body =
    { $state } ha respondido en un intercambio con su Estado en el Directorio de Puntos de Contacto.

    Grado de urgencia: { $urgency }
    Marcado: { $tlp }

    La respuesta figura a continuación, cifrada para su clave OpenPGP. Sírvase iniciar sesión para contestar:

    { $link }
email-message-escalated-encrypted-body =
    { $state } envió una comunicación a su Estado por medio del Directorio de Puntos de Contacto y no se ha acusado recibo de ella en el plazo previsto. Por ello, se pone ahora en su conocimiento.

    Grado de urgencia: { $urgency }
    Marcado: { $tlp }

    La comunicación figura a continuación, cifrada para su clave OpenPGP. Sírvase iniciar sesión para acusar recibo y responder:

    { $link }
hint-code-confirm = Los seis dígitos que muestra ahora su aplicación de autenticación.
err-sync-page = Esta página no la dio esta instantánea. Empiece de nuevo sin página y siga next_page.
account-recovery-custodian = Las cuentas del custodio inician sesión solo con una llave de acceso, así que los códigos de recuperación no se aplican a ellas. Si se pierden todas las llaves de acceso, el operador devuelve el acceso a la cuenta desde la línea de órdenes del servidor, y queda registrado en el registro de auditoría.
