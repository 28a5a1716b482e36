#pragma once

#include <array>

// Word lists for the demo generator: realistic Spanish people, streets and jobs of a window company.
namespace ordo::demo::data {

inline constexpr std::array firstNames{
    "Carmen", "María", "Lucía", "Ana", "Isabel", "Laura", "Cristina", "Marta", "Elena", "Pilar", "Rosa", "Teresa",
    "Paula", "Sara", "Raquel", "Beatriz", "Nuria", "Silvia", "Patricia", "Inmaculada", "Antonio", "José", "Manuel",
    "Francisco", "David", "Juan", "Javier", "Daniel", "Carlos", "Jesús", "Alejandro", "Miguel", "Rafael", "Pedro",
    "Pablo", "Ángel", "Sergio", "Fernando", "Jorge", "Luis", "Alberto", "Álvaro", "Adrián", "Diego", "Raúl", "Iván"};

inline constexpr std::array surnames{
    "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
    "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez",
    "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina",
    "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias",
    "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto"};

inline constexpr std::array companies{
    "Comunidad de Propietarios", "Inmobiliaria", "Reformas", "Construcciones", "Gestoría", "Clínica Dental",
    "Restaurante", "Colegio", "Hostal", "Farmacia"};

inline constexpr std::array streets{
    "Calle Mayor", "Calle de Alcalá", "Gran Vía", "Calle de Serrano", "Calle de Toledo", "Paseo de la Castellana",
    "Calle de Atocha", "Calle de Bravo Murillo", "Calle de Arturo Soria", "Avenida de América", "Calle de Goya",
    "Calle de Princesa", "Calle de Fuencarral", "Calle de Embajadores", "Avenida de la Albufera",
    "Calle de López de Hoyos", "Calle de Alberto Aguilera", "Calle de Hortaleza", "Avenida de Menéndez Pelayo",
    "Calle del General Ricardos", "Calle de Santa Engracia", "Calle de Ríos Rosas", "Avenida de los Poblados",
    "Calle de Marcelo Usera", "Calle de Sinesio Delgado", "Avenida de Monforte de Lemos", "Calle de la Constitución",
    "Avenida de España", "Calle Real", "Calle de la Iglesia", "Plaza de España", "Calle del Pinar",
    "Avenida de Europa", "Calle de las Huertas", "Calle del Sol", "Camino de la Fuente"};

struct Place
{
    const char *postcode;
    const char *city;
};

// 280xx is the city of Madrid; 281xx and 282xx towns of the north and north-west.
inline constexpr std::array places{
    Place{"28001", "Madrid"}, Place{"28002", "Madrid"}, Place{"28003", "Madrid"}, Place{"28005", "Madrid"},
    Place{"28007", "Madrid"}, Place{"28009", "Madrid"}, Place{"28010", "Madrid"}, Place{"28012", "Madrid"},
    Place{"28013", "Madrid"}, Place{"28015", "Madrid"}, Place{"28016", "Madrid"}, Place{"28019", "Madrid"},
    Place{"28020", "Madrid"}, Place{"28023", "Madrid"}, Place{"28025", "Madrid"}, Place{"28028", "Madrid"},
    Place{"28029", "Madrid"}, Place{"28031", "Madrid"}, Place{"28033", "Madrid"}, Place{"28035", "Madrid"},
    Place{"28039", "Madrid"}, Place{"28041", "Madrid"}, Place{"28043", "Madrid"}, Place{"28045", "Madrid"},
    Place{"28100", "Alcobendas"}, Place{"28108", "Alcobendas"}, Place{"28110", "Algete"},
    Place{"28120", "Algete"}, Place{"28140", "Fuente el Saz de Jarama"}, Place{"28150", "Valdetorres de Jarama"},
    Place{"28200", "San Lorenzo de El Escorial"}, Place{"28210", "Valdemorillo"}, Place{"28220", "Majadahonda"},
    Place{"28223", "Pozuelo de Alarcón"}, Place{"28224", "Pozuelo de Alarcón"}, Place{"28230", "Las Rozas de Madrid"},
    Place{"28250", "Torrelodones"}, Place{"28260", "Galapagar"}, Place{"28270", "Colmenarejo"},
    Place{"28280", "El Escorial"}, Place{"28290", "Las Rozas de Madrid"}};

inline constexpr std::array emailDomains{"gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "telefonica.net"};

struct Product
{
    const char *description;
    long long unitPriceCents;
    int vatBasisPoints;
};

inline constexpr std::array windows{
    Product{"Ventana PVC oscilobatiente 120×140", 38500, 2100},
    Product{"Ventana PVC practicable 100×120", 31200, 2100},
    Product{"Ventana aluminio RPT corredera 150×120", 42900, 2100},
    Product{"Balconera PVC dos hojas 140×220", 79800, 2100},
    Product{"Puerta de terraza corredera 200×220", 112000, 2100},
    Product{"Ventana abatible baño 60×60", 18900, 2100}};

inline constexpr std::array extras{
    Product{"Retirada de ventana antigua y escombro", 4500, 2100},
    Product{"Instalación y sellado con espuma y silicona", 9000, 2100},
    Product{"Persiana de aluminio térmico con lamas", 16400, 2100},
    Product{"Mosquitera enrollable", 7800, 2100},
    Product{"Vidrio doble bajo emisivo 4/16/4", 6200, 2100},
    Product{"Remate de tapajuntas", 2300, 2100}};

inline constexpr std::array repairs{
    Product{"Mano de obra (hora)", 3800, 2100},
    Product{"Desplazamiento", 2500, 2100},
    Product{"Cambio de cinta de persiana", 3500, 2100},
    Product{"Cristal roto: sustitución", 9500, 2100},
    Product{"Ajuste de herrajes oscilobatientes", 4200, 2100},
    Product{"Motor de persiana tubular", 18900, 2100}};

inline constexpr std::array installTitles{
    "Sustituir %1 ventanas de aluminio por PVC", "Cambiar %1 ventanas del salón y dormitorios",
    "Ventanas nuevas en piso reformado (%1 huecos)", "Cerramiento de terraza y %1 ventanas",
    "Renovar %1 ventanas con persianas"};

inline constexpr std::array repairTitles{
    "Persiana del salón atascada", "Cristal roto en ventana de cocina", "La ventana del baño no cierra",
    "Motor de persiana no funciona", "Filtración de agua por la ventana", "Cambiar cinta de persiana",
    "Ajustar puerta de terraza que roza"};

inline constexpr std::array maintenanceTitles{
    "Revisión anual de ventanas de la comunidad", "Mantenimiento de puertas correderas",
    "Revisión de persianas motorizadas"};

inline constexpr std::array notes{
    "El cliente prefiere que le llamen por la mañana.", "Portero automático averiado: llamar al móvil al llegar.",
    "Hay que pedir permiso a la comunidad para el andamio.", "Aparcamiento difícil: calle peatonal.",
    "Pide presupuesto también para la cocina.", "Tiene un perro; avisar antes de entrar.",
    "Quiere el trabajo antes de las vacaciones.", "Pagará por transferencia al terminar."};

} // namespace ordo::demo::data
